package io.movierecs.job;

import io.movierecs.contracts.JobArguments;
import java.util.Arrays;
import java.util.Locale;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * For tuning by hand (not a test): NDCG@10 on the job's random holdout (the same split and
 * evaluation as the job's, genre weight 0.3) for several implicit ALS settings and item-item
 * shares in one Spark session, so a grid costs one start-up and one load.
 * Arguments: MOVIELENS_DIR SEEDS(1,2,3) CONFIGS("rank,reg,alpha;...") SHARES("0,0.15,0.3") [HOLDOUT].
 */
public final class QualityGrid {
    private QualityGrid() {
    }

    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().appName("quality-grid").getOrCreate();
        spark.sparkContext().setCheckpointDir(System.getProperty("java.io.tmpdir") + "/movierecs-grid-checkpoints");
        JobArguments arguments = JobArguments.parse(new String[] {"--movielens", args[0], "--run-id", "grid",
                "--model-out", "unused", "--recs-out", "unused"});
        double holdout = args.length > 4 ? Double.parseDouble(args[4]) : 0.25;
        TrainingData data = TrainingData.load(spark, arguments);
        MovieGenres genres = MovieGenres.load(spark, arguments.movielens());
        double[] shares = Arrays.stream(args[3].split(",")).mapToDouble(Double::parseDouble).toArray();
        for (String seedText : args[1].split(",")) {
            long seed = Long.parseLong(seedText);
            Dataset<Row>[] split = data.ratings().randomSplit(new double[] {1 - holdout, holdout}, seed);
            Dataset<Row> train = split[0].cache();
            Dataset<Row> test = split[1].cache();
            Evaluation evaluation = new Evaluation(train, test, genres, arguments.genreWeight(),
                    new ItemScorer.Blend(ItemNeighbours.of(train), 0));
            for (String config : args[2].split(";")) {
                String[] values = config.split(",");
                ALSModel model = AlsTrainer.fit(train, new Hyperparameters(Integer.parseInt(values[0]), arguments.maxIter(),
                        Double.parseDouble(values[1]), Double.parseDouble(values[2]), true, seed));
                StringBuilder line = new StringBuilder("seed " + seed + " rank,reg,alpha " + config + ":");
                for (double share : shares) {
                    line.append(String.format(Locale.ROOT, " share %.2f NDCG@10 %.4f", share,
                            evaluation.ndcg(model, arguments.genreWeight(), share)));
                }
                System.out.println(line);
            }
            evaluation.release();
            train.unpersist();
            test.unpersist();
        }
        spark.stop();
    }
}
