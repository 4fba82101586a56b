package io.movierecs.job;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One small local Spark per test class, stopped after it (Spark's SharedSparkSession, for JUnit 5). */
abstract class SparkTestSession {
    static final Path DATA = Path.of(System.getProperty("movierecs.data.dir", "../../shared/data"));

    /** The ratings every step after loading takes: {@code (user int, movieId int, rating float, timestamp long)}. */
    static final StructType ALS_RATINGS = new StructType()
            .add(AlsTrainer.USER, DataTypes.IntegerType, false)
            .add(AlsTrainer.MOVIE, DataTypes.IntegerType, false)
            .add(AlsTrainer.RATING, DataTypes.FloatType, false)
            .add(AlsTrainer.TIME, DataTypes.LongType, true);

    static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("movierecs-job-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        spark.sparkContext().setCheckpointDir(System.getProperty("java.io.tmpdir") + "/movierecs-test-checkpoints");
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
        spark = null;
    }

    static Dataset<Row> alsRatings(Row... rows) {
        return spark.createDataFrame(List.of(rows), ALS_RATINGS);
    }

    /** One row of {@link #ALS_RATINGS}; the time does not matter to the step under test. */
    static Row rated(int user, int movieId, float rating) {
        return RowFactory.create(user, movieId, rating, 1_000L);
    }
}
