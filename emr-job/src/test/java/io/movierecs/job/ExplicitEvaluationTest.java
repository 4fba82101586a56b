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
        // Training ratings 4, 2 and 5: global mean 11/3 on a scale of 2 to 5.
        Dataset<Row> train = alsRatings(rated(1, 10, 4), rated(1, 20, 2), rated(2, 30, 5));
        // Predictions: 1 x 3 = 3 (exact); 2 x 4 = 8, read as 5 (exact); 2 x 2 = 4 against 3 (off by 1).
        Dataset<Row> test = alsRatings(rated(1, 30, 3), rated(2, 10, 5), rated(2, 20, 3));
        Evaluation evaluation = new Evaluation(train, test, MovieGenres.none(), 0);
        try {
            Evaluation.Result result = evaluation.evaluate(model(new float[] {1, 2}, new float[] {4, 2, 3}), false);

            assertThat(result.model().rmse()).isCloseTo(Math.sqrt(1.0 / 3), within(1e-6));
            assertThat(result.model().mae()).isCloseTo(1.0 / 3, within(1e-6));
            // Movie means damped by 5 ratings of 11/3, in 18ths: 10 -> 67, 20 -> 61, 30 -> 70;
            // errors in 18ths: 30 for user 1: 70 - 54 = 16; 10: 67 - 90 = -23; 20: 61 - 54 = 7.
            assertThat(result.baseline().rmse()).isCloseTo(Math.sqrt((16 * 16 + 23 * 23 + 7 * 7) / 3.0) / 18, within(1e-6));
            assertThat(result.baseline().mae()).isCloseTo((16 + 23 + 7) / 3.0 / 18, within(1e-6));
        } finally {
            evaluation.release();
        }
    }

    @Test
    void rankingAveragesEachUsersPrecisionRecallAndNdcgAtTen() {
        Dataset<Row> train = alsRatings(rated(1, 10, 4), rated(1, 20, 2), rated(2, 30, 5));
        // User 1 is shown 30 (3) and 40 (-1): one hit of one; user 2 10 (8), 20 (4), 40 (-2): hits at 1 and 3 of two.
        Dataset<Row> test = alsRatings(rated(1, 30, 3), rated(2, 10, 5), rated(2, 40, 1));
        Evaluation evaluation = new Evaluation(train, test, MovieGenres.none(), 0);
        try {
            Manifest.Metrics model = evaluation.evaluate(model(new float[] {1, 2}, new float[] {4, 2, 3}), true).model();

            assertThat(model.precisionAt10()).isCloseTo((0.1 + 0.2) / 2, within(1e-9));
            assertThat(model.recallAt10()).isCloseTo((1 + 1) / 2.0, within(1e-9));
            double secondUser = (1 + 1 / log2(4)) / (1 + 1 / log2(3));
            assertThat(model.ndcgAt10()).isCloseTo((1 + secondUser) / 2, within(1e-9));
            assertThat(model.rmse()).as("implicit preference predicts no ratings").isNull();
        } finally {
            evaluation.release();
        }
    }

    /** Users 1 and 2 and movies 10, 20, 30 (and 40 in the second test's catalogue) with one factor each. */
    private static ALSModel model(float[] users, float[] movies) {
        Dataset<Row> userFactors = spark.createDataFrame(List.of(
                RowFactory.create(1, new float[] {users[0]}), RowFactory.create(2, new float[] {users[1]})), FACTORS);
        Dataset<Row> itemFactors = spark.createDataFrame(List.of(
                RowFactory.create(10, new float[] {movies[0]}), RowFactory.create(20, new float[] {movies[1]}),
                RowFactory.create(30, new float[] {movies[2]}), RowFactory.create(40, new float[] {-1})), FACTORS);
        return new ALSModel("evaluation-test", 1, userFactors, itemFactors)
                .setUserCol(AlsTrainer.USER).setItemCol(AlsTrainer.MOVIE).setColdStartStrategy("drop");
    }

    private static double log2(double value) {
        return Math.log(value) / Math.log(2);
    }
}
