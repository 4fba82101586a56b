package io.movierecs.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.ml.recommendation.ALS;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * User 1 rated movie 1 a 5 and movie 2 a 3, user 2 rated movie 1 a 4: mean 4. One round, movie
 * damping 0, user damping 1: movie 1 (1 + 0) / 2 = 0.5, movie 2 -1 / 1 = -1; then user 1
 * ((5 - 4 - 0.5) + (3 - 4 + 1)) / (2 + 1) = 1/6, user 2 (4 - 4 - 0.5) / (1 + 1) = -0.25.
 */
class RatingBiasesTest extends SparkTestSession {
    private static final StructType RATINGS = new StructType()
            .add(AlsTrainer.USER, DataTypes.IntegerType, false)
            .add(AlsTrainer.MOVIE, DataTypes.IntegerType, false)
            .add(AlsTrainer.RATING, DataTypes.FloatType, false);

    private static Dataset<Row> ratings() {
        return spark.createDataFrame(List.of(RowFactory.create(1, 1, 5f), RowFactory.create(1, 2, 3f),
                RowFactory.create(2, 1, 4f)), RATINGS);
    }

    @Test
    void biasesAreDampedMeansOfWhatTheMeanAndTheOtherSideLeave() {
        RatingBiases biases = RatingBiases.fit(ratings(), 1, 1, 0);

        assertThat(biases.mean()).isCloseTo(4, within(1e-9));
        assertThat(byId(biases.movies())).containsOnlyKeys(1, 2)
                .hasEntrySatisfying(1, b -> assertThat(b).isCloseTo(0.5, within(1e-9)))
                .hasEntrySatisfying(2, b -> assertThat(b).isCloseTo(-1, within(1e-9)));
        assertThat(byId(biases.users())).containsOnlyKeys(1, 2)
                .hasEntrySatisfying(1, b -> assertThat(b).isCloseTo(1.0 / 6, within(1e-9)))
                .hasEntrySatisfying(2, b -> assertThat(b).isCloseTo(-0.25, within(1e-9)));
        Map<Integer, Double> residuals = biases.residuals(ratings()).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getInt(0) * 10 + r.getInt(1), r -> (double) r.getFloat(2)));
        // 5 - 4 - 1/6 - 0.5, 3 - 4 - 1/6 + 1, 4 - 4 + 0.25 - 0.5
        assertThat(residuals.get(11)).isCloseTo(1.0 / 3, within(1e-6));
        assertThat(residuals.get(12)).isCloseTo(-1.0 / 6, within(1e-6));
        assertThat(residuals.get(21)).isCloseTo(-0.25, within(1e-6));
    }

    @Test
    void theModelPredictsMeanPlusBothBiasesPlusTheResidualDotProduct() {
        RatingBiases biases = RatingBiases.fit(ratings(), 1, 1, 0);
        ALSModel residual = new ALS().setUserCol(AlsTrainer.USER).setItemCol(AlsTrainer.MOVIE)
                .setRatingCol(AlsTrainer.RATING).setRank(1).setMaxIter(5).setRegParam(0.1).setSeed(3)
                .fit(biases.residuals(ratings()));

        ALSModel model = biases.around(residual);

        assertThat(model.rank()).isEqualTo(residual.rank() + 2);
        float[] user = factors(model.userFactors(), 1);
        float[] movie = factors(model.itemFactors(), 2);
        float[] residualUser = factors(residual.userFactors(), 1);
        float[] residualMovie = factors(residual.itemFactors(), 2);
        assertThat(user[1]).isCloseTo(4f + 1f / 6, within(1e-6f));
        assertThat(user[2]).isEqualTo(1f);
        assertThat(movie[1]).isEqualTo(1f);
        assertThat(movie[2]).isCloseTo(-1f, within(1e-6f));
        double predicted = model.transform(ratings()).filter("user = 1 and movieId = 2").first().getFloat(3);
        assertThat(predicted).isCloseTo(4 + 1.0 / 6 - 1 + residualUser[0] * residualMovie[0], within(1e-5));
    }

    private static Map<Integer, Double> byId(Dataset<Row> frame) {
        return frame.collectAsList().stream().collect(Collectors.toMap(r -> r.getInt(0), r -> r.getDouble(1)));
    }

    private static float[] factors(Dataset<Row> frame, int id) {
        List<Float> values = frame.filter("id = " + id).first().getList(1);
        float[] array = new float[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }
}
