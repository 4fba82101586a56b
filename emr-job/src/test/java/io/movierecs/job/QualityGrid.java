package io.movierecs.job;

import io.movierecs.contracts.JobArguments;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * For tuning by hand (not a test): NDCG@10 on the job's random holdout (the same split and
 * evaluation as the job's) for several implicit ALS settings, item-item models and shares, and
 * genre weights in one Spark session, so a grid costs one start-up and one load.
 * Arguments: MOVIELENS_DIR SEEDS(1,2,3) CONFIGS("rank,reg,alpha[,maxIter[,fits]];...": fits averaged, 1 unless
 * given) SHARES("0,0.15,0.3") [HOLDOUT]
 * [PARTNERS("knn,ease:300,ease:500": the item-item models blended, cosine neighbours or EASE with its lambda)]
 * [GENRE_WEIGHTS("0.3")].
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
        String[] partners = (args.length > 5 ? args[5] : "knn").split(",");
        double[] genreWeights = Arrays.stream((args.length > 6 ? args[6] : Double.toString(arguments.genreWeight())).split(","))
                .mapToDouble(Double::parseDouble).toArray();
        for (String seedText : args[1].split(",")) {
            long seed = Long.parseLong(seedText);
            Dataset<Row>[] split = data.ratings().randomSplit(new double[] {1 - holdout, holdout}, seed);
            Dataset<Row> train = split[0].cache();
            Dataset<Row> test = split[1].cache();
            Evaluation evaluation = new Evaluation(train, test, genres, arguments.genreWeight());
            ItemNeighbours.Pairs pairs = ItemNeighbours.pairs(train);
            List<ItemItemModel> models = new ArrayList<>();
            for (String partner : partners) {
                long start = System.nanoTime();
                models.add(partner.equals("knn") ? ItemNeighbours.of(pairs.users(), pairs.movies(), ItemNeighbours.NEIGHBOURS)
                        : Ease.of(pairs.users(), pairs.movies(), pairs.ratings(),
                                Double.parseDouble(partner.substring("ease:".length()))));
                System.out.printf(Locale.ROOT, "seed %d %s built in %.1f s%n", seed, partner, (System.nanoTime() - start) / 1e9);
            }
            for (String config : args[2].split(";")) {
                String[] values = config.split(",");
                Hyperparameters parameters = new Hyperparameters(Integer.parseInt(values[0]),
                        values.length > 3 ? Integer.parseInt(values[3]) : arguments.maxIter(),
                        Double.parseDouble(values[1]), Double.parseDouble(values[2]), true, seed,
                        values.length > 4 ? Integer.parseInt(values[4]) : 1);
                ALSModel model = AlsTrainer.fit(train, parameters);
                for (int p = 0; p < partners.length; p++) {
                    for (double genreWeight : genreWeights) {
                        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                                "seed %d rank,reg,alpha[,iter] %s %s genre weight %.2f:", seed, config, partners[p], genreWeight));
                        for (double share : shares) {
                            line.append(String.format(Locale.ROOT, " %.2f %.4f", share,
                                    evaluation.ndcg(model, genreWeight, new ItemScorer.Blend(models.get(p), share))));
                        }
                        System.out.println(line);
                    }
                }
            }
            evaluation.release();
            train.unpersist();
            test.unpersist();
        }
        spark.stop();
    }
}
