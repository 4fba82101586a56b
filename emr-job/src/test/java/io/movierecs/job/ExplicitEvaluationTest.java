package io.movierecs.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.movierecs.contracts.Manifest;
import java.util.List;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** An explicit model judged on held-out ratings by a model whose every prediction is known: rank 1, user x movie. */
class ExplicitEvaluationTest extends SparkTestSession {
    private static final StructType FACTORS = new StructType()
            .add("id", DataTypes.IntegerType, false)
            .add("features", DataTypes.createArrayType(DataTypes.FloatType, false), false);

    @Test
    void ratingErrorReadsPredictionsOnTheScaleAndTheBaselineIsTheDampedMovieMean() {
        // Predictions: 1 x 3 = 3 (exact); 2 x 4 = 8, read as 5 (exact); 2 x 2 = 4 against 3 (off by 1).
        Evaluation.Result result = evaluate(alsRatings(rated(1, 30, 3), rated(2, 10, 5), rated(2, 20, 3)), false);

        assertThat(result.model().rmse()).isCloseTo(Math.sqrt(1.0 / 3), within(1e-6));
        assertThat(result.model().mae()).isCloseTo(1.0 / 3, within(1e-6));
        // Movie means damped by 5 ratings of 11/3, in 18ths: 10 -> 67, 20 -> 61, 30 -> 70;
        // errors in 18ths: 30 for user 1: 70 - 54 = 16; 10: 67 - 90 = -23; 20: 61 - 54 = 7.
        assertThat(result.baseline().rmse()).isCloseTo(Math.sqrt((16 * 16 + 23 * 23 + 7 * 7) / 3.0) / 18, within(1e-6));
        assertThat(result.baseline().mae()).isCloseTo((16 + 23 + 7) / 3.0 / 18, within(1e-6));
    }

    @Test
    void rankingAveragesEachUsersPrecisionRecallAndNdcgAtTen() {
        // User 1 is shown 30 (3) and 40 (-1): one hit of one; user 2 10 (8), 20 (4), 40 (-2): hits at 1 and 3 of two.
        Manifest.Metrics model = evaluate(alsRatings(rated(1, 30, 3), rated(2, 10, 5), rated(2, 40, 1)), true).model();

        assertThat(model.precisionAt10()).isCloseTo((0.1 + 0.2) / 2, within(1e-9));
        assertThat(model.recallAt10()).isCloseTo((1 + 1) / 2.0, within(1e-9));
        double secondUser = (1 + 1 / log2(4)) / (1 + 1 / log2(3));
        assertThat(model.ndcgAt10()).isCloseTo((1 + secondUser) / 2, within(1e-9));
        assertThat(model.rmse()).as("implicit preference predicts no ratings").isNull();
    }

    /** Trains on ratings 4, 2 and 5 (global mean 11/3, scale 2 to 5) and judges {@link #model()} on {@code test}. */
    private static Evaluation.Result evaluate(Dataset<Row> test, boolean implicit) {
        Dataset<Row> train = alsRatings(rated(1, 10, 4), rated(1, 20, 2), rated(2, 30, 5));
        Evaluation evaluation = new Evaluation(train, test, MovieGenres.none(), 0);
        try {
            return evaluation.evaluate(model(), implicit);
        } finally {
            evaluation.release();
        }
    }

    /** One factor each: users 1 and 2 have 1 and 2, movies 10, 20, 30 and 40 have 4, 2, 3 and -1. */
    private static ALSModel model() {
        Dataset<Row> userFactors = spark.createDataFrame(List.of(
                RowFactory.create(1, new float[] {1}), RowFactory.create(2, new float[] {2})), FACTORS);
        Dataset<Row> itemFactors = spark.createDataFrame(List.of(
                RowFactory.create(10, new float[] {4}), RowFactory.create(20, new float[] {2}),
                RowFactory.create(30, new float[] {3}), RowFactory.create(40, new float[] {-1})), FACTORS);
        return new ALSModel("evaluation-test", 1, userFactors, itemFactors)
                .setUserCol(AlsTrainer.USER).setItemCol(AlsTrainer.MOVIE).setColdStartStrategy("drop");
    }

    private static double log2(double value) {
        return Math.log(value) / Math.log(2);
    }
}
