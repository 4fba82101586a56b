package io.movierecs.job;

import static org.apache.spark.sql.functions.col;

import io.movierecs.contracts.Manifest;
import java.util.Locale;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Quality figures on ml-100k, printed for bench/als-benchmark (not a test): explicit RMSE as the
 * mean over the u1-u5 splits, and implicit ALS against popularity on a random 75/25 split.
 * Arguments: ML100K_DIR SEED [explicit rank iters reg] [implicit rank iters reg alpha].
 */
public final class AlsBenchmark {
    private static final StructType TAB_SCHEMA = new StructType()
            .add(AlsTrainer.USER, DataTypes.IntegerType)
            .add(AlsTrainer.MOVIE, DataTypes.IntegerType)
            .add(AlsTrainer.RATING, DataTypes.FloatType)
            .add("timestamp", DataTypes.LongType);

    private AlsBenchmark() {
    }

    public static void main(String[] args) {
        String dir = args[0];
        long seed = Long.parseLong(args[1]);
        Hyperparameters explicit = new Hyperparameters(intArg(args, 2, 10), intArg(args, 3, 20),
                doubleArg(args, 4, 0.13), 0, false, seed);
        Hyperparameters implicit = new Hyperparameters(intArg(args, 5, 32), intArg(args, 6, 10),
                doubleArg(args, 7, 0.1), doubleArg(args, 8, 0.5), true, seed);
        SparkSession spark = SparkSession.builder().appName("als-benchmark").getOrCreate();
        spark.sparkContext().setCheckpointDir(System.getProperty("java.io.tmpdir") + "/movierecs-bench-checkpoints");
        try {
            explicitRmse(spark, dir, explicit);
            implicitRanking(spark, dir, implicit, seed);
        } finally {
            spark.stop();
        }
    }

    private static void explicitRmse(SparkSession spark, String dir, Hyperparameters parameters) {
        double sum = 0;
        StringBuilder folds = new StringBuilder();
        for (int fold = 1; fold <= 5; fold++) {
            Dataset<Row> train = read(spark, dir + "/u" + fold + ".base").cache();
            Dataset<Row> test = read(spark, dir + "/u" + fold + ".test").cache();
            ALSModel model = AlsTrainer.fit(train, parameters);
            Evaluation evaluation = new Evaluation(train, test, MovieGenres.none(), 0);
            Manifest.Metrics metrics = evaluation.evaluate(model, false).model();
            evaluation.release();
            sum += metrics.rmse();
            folds.append(String.format(Locale.ROOT, " u%d=%.4f", fold, metrics.rmse()));
            train.unpersist();
            test.unpersist();
        }
        System.out.printf(Locale.ROOT, "ml-100k explicit ALS (%s): RMSE mean over u1-u5 = %.4f (%s )%n",
                parameters, sum / 5, folds.toString().trim());
    }

    private static void implicitRanking(SparkSession spark, String dir, Hyperparameters parameters, long seed) {
        Dataset<Row>[] split = read(spark, dir + "/u.data").randomSplit(new double[] {0.75, 0.25}, seed);
        Dataset<Row> train = split[0].cache();
        Dataset<Row> test = split[1].cache();
        Evaluation evaluation = new Evaluation(train, test, MovieGenres.none(), 0);
        Evaluation.Result result = evaluation.evaluate(AlsTrainer.fit(train, parameters), true);
        System.out.printf(Locale.ROOT, "ml-100k implicit ALS (%s), random 75/25 split, seed %d:%n", parameters, seed);
        System.out.printf(Locale.ROOT, "  implicit ALS  NDCG@10 %.4f  P@10 %.4f  R@10 %.4f  MAP@10 %.4f  coverage %.4f%n",
                result.model().ndcgAt10(), result.model().precisionAt10(), result.model().recallAt10(),
                result.model().map(), result.model().coverage());
        System.out.printf(Locale.ROOT, "  popularity    NDCG@10 %.4f  P@10 %.4f  R@10 %.4f  MAP@10 %.4f  coverage %.4f%n",
                result.baseline().ndcgAt10(), result.baseline().precisionAt10(), result.baseline().recallAt10(),
                result.baseline().map(), result.baseline().coverage());
        System.out.printf(Locale.ROOT, "  NDCG@10 ratio ALS/popularity = %.2f%n",
                result.model().ndcgAt10() / result.baseline().ndcgAt10());
    }

    private static Dataset<Row> read(SparkSession spark, String path) {
        return spark.read().schema(TAB_SCHEMA).option("sep", "\t").csv(path)
                .select(col(AlsTrainer.USER), col(AlsTrainer.MOVIE), col(AlsTrainer.RATING));
    }

    private static int intArg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }

    private static double doubleArg(String[] args, int index, double fallback) {
        return args.length > index ? Double.parseDouble(args[index]) : fallback;
    }
}
