package io.movierecs.job;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One small local Spark per test class, stopped after it (Spark's SharedSparkSession, for JUnit 5). */
abstract class SparkTestSession {
    static final Path DATA = Path.of(System.getProperty("movierecs.data.dir", "../../shared/data"));

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
}
