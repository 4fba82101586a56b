package io.movierecs.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Our ALS settings on frames small enough to know the answer. */
class AlsTrainerTest extends SparkTestSession {

    @Test
    void implicitFitRanksAMovieRatedWithTheUsersMoviesAboveAnUnrelatedOne() {
        // Users 1-3 watch movies 10 and 11, users 4-6 movies 20 and 21; user 7 has seen only 10.
        List<Row> rows = new ArrayList<>();
        for (int user = 1; user <= 3; user++) {
            rows.add(rated(user, 10, 4));
            rows.add(rated(user, 11, 4));
        }
        for (int user = 4; user <= 6; user++) {
            rows.add(rated(user, 20, 4));
            rows.add(rated(user, 21, 4));
        }
        rows.add(rated(7, 10, 4));

        ALSModel model = AlsTrainer.fit(alsRatings(rows.toArray(Row[]::new)), new Hyperparameters(2, 10, 0.01, 1, true, 7));

        Dataset<Row> scores = model.transform(alsRatings(rated(7, 11, 0), rated(7, 20, 0), rated(7, 21, 0)));
        assertThat(prediction(scores, 11)).isGreaterThan(prediction(scores, 20)).isGreaterThan(prediction(scores, 21));
    }

    @Test
    void explicitAlsReproducesARankOneMatrix() {
        // Spark ALS, which trains explicit ratings above the driver's bound (below it the Gibbs sampler
        // does, whose posterior mean shrinks towards the prior: GibbsTrainerTest).
        // Every user rates every movie user factor x movie factor: users 1, 2, 3; movies 1, 1.5, 2.
        float[] userFactor = {1, 2, 3};
        float[] movieFactor = {1, 1.5f, 2};
        List<Row> rows = new ArrayList<>();
        for (int user = 0; user < userFactor.length; user++) {
            for (int movie = 0; movie < movieFactor.length; movie++) {
                rows.add(rated(user + 1, movie + 10, userFactor[user] * movieFactor[movie]));
            }
        }
        Dataset<Row> ratings = alsRatings(rows.toArray(Row[]::new));

        ALSModel model = AlsTrainer.als(ratings, new Hyperparameters(1, 20, 0.0001, 0, false, 7));

        for (Row row : model.transform(ratings).collectAsList()) {
            assertThat(row.<Float>getAs("prediction")).as("user %s, movie %s", row.get(0), row.get(1))
                    .isCloseTo(row.getFloat(2), within(0.01f));
        }
    }

    @Test
    void theSameSeedGivesTheSameModel() {
        Dataset<Row> ratings = alsRatings(rated(1, 10, 5), rated(1, 11, 3), rated(2, 10, 4), rated(2, 12, 1),
                rated(3, 11, 2), rated(3, 12, 5));
        Hyperparameters parameters = new Hyperparameters(3, 5, 0.1, 0, false, 42);

        List<Row> first = AlsTrainer.fit(ratings, parameters).itemFactors().orderBy("id").collectAsList();
        List<Row> second = AlsTrainer.fit(ratings, parameters).itemFactors().orderBy("id").collectAsList();

        assertThat(second).isEqualTo(first);
    }

    /**
     * Three implicit fits at seeds 42, 43, 44 averaged: the model holds their factors side by side
     * (rank 3 x 2) and predicts, for every pair, the mean of the three fits' predictions.
     */
    @Test
    void anAveragedModelPredictsTheMeanOfItsFits() {
        Dataset<Row> ratings = alsRatings(rated(1, 10, 5), rated(1, 11, 3), rated(2, 10, 4), rated(2, 12, 1),
                rated(3, 11, 2), rated(3, 12, 5), rated(4, 10, 3), rated(4, 12, 4));
        Hyperparameters parameters = new Hyperparameters(2, 5, 0.1, 1, true, 42, 3);
        Dataset<Row> pairs = alsRatings(rated(1, 12, 0), rated(2, 11, 0), rated(3, 10, 0), rated(4, 11, 0));

        ALSModel averaged = AlsTrainer.fit(ratings, parameters);

        assertThat(averaged.rank()).isEqualTo(6);
        for (Row pair : pairs.collectAsList()) {
            Dataset<Row> one = alsRatings(rated(pair.getInt(0), pair.getInt(1), 0));
            float mean = 0;
            for (int seed = 42; seed <= 44; seed++) {
                mean += prediction(AlsTrainer.fit(ratings, new Hyperparameters(2, 5, 0.1, 1, true, seed)).transform(one),
                        pair.getInt(1)) / 3;
            }
            assertThat(prediction(averaged.transform(one), pair.getInt(1))).as("user %s, movie %s", pair.get(0), pair.get(1))
                    .isCloseTo(mean, within(1e-5f));
        }
    }

    @Test
    void implicitFitsAreAveragedOnlyWithinEasesBounds() {
        Hyperparameters implicit = new Hyperparameters(32, 10, 0.1, 0.15, true, 1);

        assertThat(implicit.forCatalogue(100_000, 1_682).fits()).isEqualTo(3);
        assertThat(implicit.forCatalogue(100_000, Ease.MAX_MOVIES + 1).fits()).isEqualTo(1);
        assertThat(implicit.forCatalogue(ItemNeighbours.MAX_RATINGS + 1, 1_682).fits()).isEqualTo(1);
        assertThat(new Hyperparameters(32, 10, 0.1, 0.15, false, 1).forCatalogue(100_000, 1_682).fits()).isEqualTo(1);
    }

    /**
     * The model family follows from the whole run's size, not from the frame a fit gets: a holdout's
     * training part under the Gibbs bound still fits ALS when the run is over it, so the holdout
     * judges the model the final fit serves (Gibbs factors have the rank plus two bias places).
     */
    @Test
    void anExplicitRunOverTheGibbsBoundFitsAlsEvenOnASmallPart() {
        Dataset<Row> part = alsRatings(rated(1, 10, 5), rated(1, 11, 3), rated(2, 10, 4), rated(2, 12, 1),
                rated(3, 11, 2), rated(3, 12, 5));
        Hyperparameters explicit = new Hyperparameters(3, 5, 0.1, 0, false, 42);

        assertThat(AlsTrainer.fit(part, explicit.forCatalogue(GibbsTrainer.MAX_RATINGS + 1, 1_000)).rank()).isEqualTo(3);
        assertThat(AlsTrainer.fit(part, explicit.forCatalogue(GibbsTrainer.MAX_RATINGS, 1_000)).rank()).isEqualTo(5);
    }

    @Test
    void theItemItemModelIsChosenFromTheWholeRunAndOnlyForImplicitLists() {
        Hyperparameters implicit = new Hyperparameters(32, 10, 0.1, 0.15, true, 1);

        assertThat(implicit.forCatalogue(100_000, 1_682).partner()).isEqualTo(ItemItemModel.Kind.EASE);
        assertThat(implicit.forCatalogue(100_000, Ease.MAX_MOVIES + 1).partner()).isEqualTo(ItemItemModel.Kind.NEIGHBOURS);
        assertThat(implicit.forCatalogue(100_000, ItemNeighbours.MAX_MOVIES + 1).partner()).isEqualTo(ItemItemModel.Kind.NONE);
        assertThat(implicit.forCatalogue(ItemNeighbours.MAX_RATINGS + 1, 1_682).partner()).isEqualTo(ItemItemModel.Kind.NONE);
        assertThat(new Hyperparameters(32, 10, 0.1, 0.15, false, 1).forCatalogue(100_000, 1_682).partner())
                .isEqualTo(ItemItemModel.Kind.NONE);
        // A run of 3,500 movies blends cosine neighbours in every fit, even where a training part has fewer than 3,000.
        Dataset<Row> part = alsRatings(rated(1, 10, 5), rated(1, 11, 3), rated(2, 10, 4), rated(2, 11, 1));
        assertThat(ItemItemModel.of(part, implicit.forCatalogue(100_000, 3_500).partner())).isInstanceOf(ItemNeighbours.class);
        assertThat(ItemItemModel.of(part, implicit.forCatalogue(100_000, 1_682).partner())).isInstanceOf(Ease.class);
    }

    private static float prediction(Dataset<Row> scores, int movieId) {
        return scores.where(AlsTrainer.MOVIE + " = " + movieId).first().getAs("prediction");
    }
}
