package io.movierecs.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.ml.recommendation.ALS;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AlsSmokeTest {
    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("als-smoke")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        // ALS lineage grows with every iteration; without checkpoints it overflows the stack.
        spark.sparkContext().setCheckpointDir(System.getProperty("java.io.tmpdir") + "/movierecs-als-checkpoints");
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void alsRecommendsWhatSimilarUsersLiked() {
        StructType schema = new StructType()
                .add("userId", DataTypes.IntegerType)
                .add("movieId", DataTypes.IntegerType)
                .add("rating", DataTypes.FloatType);
        // Users 1 and 2 share taste on movies 10 and 11; user 2 also loved 12, which user 1 has not seen.
        List<Row> rows = List.of(
                RowFactory.create(1, 10, 5f), RowFactory.create(1, 11, 5f), RowFactory.create(1, 20, 1f),
                RowFactory.create(2, 10, 5f), RowFactory.create(2, 11, 4f), RowFactory.create(2, 12, 5f),
                RowFactory.create(2, 20, 1f), RowFactory.create(3, 20, 5f), RowFactory.create(3, 21, 5f),
                RowFactory.create(3, 10, 1f), RowFactory.create(4, 21, 4f), RowFactory.create(4, 20, 5f));
        Dataset<Row> ratings = spark.createDataFrame(rows, schema);

        ALSModel model = new ALS().setRank(4).setMaxIter(15).setRegParam(0.05).setSeed(7)
                .setUserCol("userId").setItemCol("movieId").setRatingCol("rating")
                .fit(ratings);
        Dataset<Row> scores = model.transform(spark.createDataFrame(
                List.of(RowFactory.create(1, 12, 0f), RowFactory.create(1, 21, 0f)), schema));

        float liked = scores.filter("movieId = 12").first().getAs("prediction");
        float disliked = scores.filter("movieId = 21").first().getAs("prediction");
        assertThat(liked).isGreaterThan(disliked);
        assertThat(model.recommendForAllUsers(2).count()).isEqualTo(4);
    }
}
