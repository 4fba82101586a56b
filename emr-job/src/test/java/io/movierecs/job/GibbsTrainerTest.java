package io.movierecs.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class GibbsTrainerTest extends SparkTestSession {
    private static final StructType SCHEMA = new StructType()
            .add(AlsTrainer.USER, DataTypes.IntegerType)
            .add(AlsTrainer.MOVIE, DataTypes.IntegerType)
            .add(AlsTrainer.RATING, DataTypes.FloatType);

    /** Mean 3, user bias 0.5 and factor 2, movie bias -0.25 and factor 0.5: 3 + 0.5 - 0.25 + 2 x 0.5 = 4.25. */
    @Test
    void theFactorsDotProductIsMeanPlusBothBiasesPlusTheFactorsProduct() {
        GibbsTrainer.Averages averages = new GibbsTrainer.Averages(3, new double[] {0.5, 2}, new double[] {-0.25, 0.5}, 2);

        float[] user = averages.userVector(0);
        float[] movie = averages.movieVector(0);

        assertThat(user).containsExactly(2f, 3.5f, 1f);
        assertThat(movie).containsExactly(0.5f, 1f, -0.25f);
        assertThat(user[0] * movie[0] + user[1] * movie[1] + user[2] * movie[2]).isEqualTo(4.25f);
    }

    /**
     * Users 1-6 agree on how movies 10-13 rank (odd users a point more generous); user 7 gave movies
     * 10-12 five stars, user 8 one star: for movie 13, which neither rated, the model predicts the
     * generous user high and the harsh one low.
     */
    @Test
    void aUserWhoRatesEverythingHighIsPredictedAboveOneWhoRatesEverythingLow() {
        List<Row> rows = new ArrayList<>();
        for (int user = 1; user <= 6; user++) {
            for (int movie = 10; movie <= 13; movie++) {
                rows.add(RowFactory.create(user, movie, (float) (2 + (movie - 10) * 0.5 + (user % 2))));
            }
        }
        for (int movie = 10; movie <= 12; movie++) {
            rows.add(RowFactory.create(7, movie, 5f));
            rows.add(RowFactory.create(8, movie, 1f));
        }
        Dataset<Row> ratings = spark.createDataFrame(rows, SCHEMA);

        ALSModel model = AlsTrainer.fit(ratings, new Hyperparameters(2, 10, 0.1, 0, false, 3));
        List<Row> predictions = model.transform(spark.createDataFrame(
                List.of(RowFactory.create(7, 13, 0f), RowFactory.create(8, 13, 0f)), SCHEMA)).orderBy(AlsTrainer.USER)
                .collectAsList();

        assertThat(model.rank()).as("rank 2 and the two places of the biases").isEqualTo(4);
        float generous = predictions.get(0).getAs("prediction");
        float harsh = predictions.get(1).getAs("prediction");
        // Three ratings each, so both are drawn toward the mean of 3.2, but far apart and on either side of it.
        assertThat(generous).isGreaterThan(3.5f).isGreaterThan(harsh + 1);
        assertThat(harsh).isLessThan(2.7f);
    }

    @Test
    void theSameSeedGivesTheSameAveragesAndIdsBecomeIndicesInAscendingOrder() {
        GibbsTrainer.LocalRatings ratings = GibbsTrainer.LocalRatings.of(new int[] {5, 5, 6, 6, 7}, new int[] {1, 2, 1, 3, 2},
                new float[] {4, 3, 5, 2, 1});

        GibbsTrainer.Averages first = GibbsTrainer.sample(ratings, 2, 11, 30, 10);
        GibbsTrainer.Averages second = GibbsTrainer.sample(ratings, 2, 11, 30, 10);

        assertThat(first.mean()).isCloseTo(3.0, within(1e-12));
        assertThat(first.users()).containsExactly(second.users());
        assertThat(first.movies()).containsExactly(second.movies());
        assertThat(ratings.userIds()).containsExactly(5, 6, 7);
        assertThat(ratings.movies()).containsExactly(0, 1, 0, 2, 1);
    }
}
