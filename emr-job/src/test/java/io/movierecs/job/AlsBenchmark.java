package io.movierecs.job;

import io.movierecs.contracts.JobArguments;
import io.movierecs.contracts.Manifest;
import java.util.Locale;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Explicit rating error on ml-100k for bench/als-benchmark (not a test): RMSE as the mean over
 * GroupLens's u1-u5 splits, each fitted on uN.base by the job's explicit model ({@link AlsTrainer}
 * with {@code --implicit false} and the job's defaults) and judged on uN.test. The implicit figures
 * come from the job itself (bench/als-benchmark runs it on ml-100k).
 * Arguments: ML100K_DIR SEED [rank iters reg], the last three defaulting to the job's.
 */
public final class AlsBenchmark {
    private static final StructType TAB_SCHEMA = new StructType()
            .add(AlsTrainer.USER, DataTypes.IntegerType)
            .add(AlsTrainer.MOVIE, DataTypes.IntegerType)
            .add(AlsTrainer.RATING, DataTypes.FloatType)
            .add(AlsTrainer.TIME, DataTypes.LongType);

    private AlsBenchmark() {
    }

    public static void main(String[] args) {
        String dir = args[0];
        long seed = Long.parseLong(args[1]);
        JobArguments defaults = JobArguments.defaults("unused", null, "unused", "unused", null, "unused");
        Hyperparameters explicit = new Hyperparameters(intArg(args, 2, defaults.rank()), intArg(args, 3, defaults.maxIter()),
                doubleArg(args, 4, defaults.reg()), 0, false, seed);
        SparkSession spark = SparkSession.builder().appName("als-benchmark").getOrCreate();
        spark.sparkContext().setCheckpointDir(System.getProperty("java.io.tmpdir") + "/movierecs-bench-checkpoints");
        try {
            explicitRmse(spark, dir, explicit);
        } finally {
            spark.stop();
        }
    }

    private static void explicitRmse(SparkSession spark, String dir, Hyperparameters parameters) {
        double sum = 0;
        StringBuilder folds = new StringBuilder();
        String kind = "";
        for (int fold = 1; fold <= 5; fold++) {
            Dataset<Row> train = read(spark, dir + "/u" + fold + ".base").cache();
            Dataset<Row> test = read(spark, dir + "/u" + fold + ".test").cache();
            long started = System.nanoTime();
            ALSModel model = AlsTrainer.fit(train, parameters);
            kind = model.uid().startsWith("gibbs") ? "Gibbs, " + GibbsTrainer.SWEEPS + " sweeps, burn-in "
                    + GibbsTrainer.BURN_IN + ", " : "Spark ALS, ";
            Evaluation evaluation = new Evaluation(train, test, MovieGenres.none(), 0);
            Manifest.Metrics metrics = evaluation.evaluate(model, false).model();
            evaluation.release();
            sum += metrics.rmse();
            folds.append(String.format(Locale.ROOT, " u%d=%.4f", fold, metrics.rmse()));
            System.out.printf(Locale.ROOT, "u%d: RMSE %.4f, fit and evaluation %.1f s%n", fold, metrics.rmse(),
                    (System.nanoTime() - started) / 1e9);
            train.unpersist();
            test.unpersist();
        }
        System.out.printf(Locale.ROOT, "ml-100k explicit model (%s): RMSE mean over u1-u5 = %.4f (%s )%n",
                kind + parameters, sum / 5, folds.toString().trim());
    }

    private static Dataset<Row> read(SparkSession spark, String path) {
        return spark.read().schema(TAB_SCHEMA).option("sep", "\t").csv(path);
    }

    private static int intArg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }

    private static double doubleArg(String[] args, int index, double fallback) {
        return args.length > index ? Double.parseDouble(args[index]) : fallback;
    }
}
