package io.movierecs.web.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.movierecs.contracts.GenreAffinity;
import io.movierecs.contracts.ItemFactors;
import io.movierecs.contracts.Manifest;
import io.movierecs.contracts.RecommendationList;
import io.movierecs.web.serving.LoadedModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelRecommenderTest {
    private static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");

    /** Two clusters of movies: ids 1-10 along axis 0 ("science fiction"), 11-20 along axis 1 ("romance"). */
    private static LoadedModel twoClusters(boolean implicit) {
        int[] ids = new int[20];
        float[] vectors = new float[20 * 3];
        for (int i = 0; i < 20; i++) {
            ids[i] = i + 1;
            int axis = i < 10 ? 0 : 1;
            vectors[i * 3 + axis] = 1f + i % 10 * 0.05f;
            vectors[i * 3 + 2] = (i % 10) * 0.02f;
        }
        return Models.of(new ItemFactors(implicit, 3, ids, vectors), 0.1, 10.0);
    }

    private static List<UserRating> rated(int... movieIds) {
        List<UserRating> ratings = new ArrayList<>();
        for (int id : movieIds) {
            ratings.add(new UserRating(id, 5.0, NOW));
        }
        return ratings;
    }

    @Test
    void explicitFoldInRecoversTheTasteThatProducedTheRatings() {
        LoadedModel model = Models.random(200, 8, false, 1e-9, 7);
        float[] taste = {0.5f, -1f, 0.25f, 2f, 0f, -0.5f, 1f, 0.75f};
        int[] rows = new int[40];
        float[] ratings = new float[40];
        for (int i = 0; i < 40; i++) {
            rows[i] = i * 5;
            ratings[i] = FactorMath.scoreAll(model.columns(), model.size(), taste)[rows[i]];
        }

        float[] user = FoldIn.userVector(model, rows, ratings);

        for (int k = 0; k < 8; k++) {
            assertThat(user[k]).isCloseTo(taste[k], offset(1e-3f));
        }
    }

    /**
     * Whatever order the ratings are summed in, the vector solves the user step's normal equations:
     * {@code (YᵀY + Σ w y yᵀ + λ n I) u = Σ t y} (implicit; explicit has no YᵀY, w = 1, t = r).
     * Counts that are not a multiple of four take the one-rating-at-a-time path too.
     */
    @ParameterizedTest
    @CsvSource({"1,true", "3,true", "6,true", "41,true", "1,false", "7,false", "41,false"})
    void theVectorSolvesTheUserStepsNormalEquations(int count, boolean implicit) {
        int rank = 8;
        double reg = 0.1;
        LoadedModel model = Models.random(300, rank, implicit, reg, 11);
        double alpha = model.alpha();
        java.util.Random random = new java.util.Random(count);
        int[] rows = new int[count];
        float[] ratings = new float[count];
        for (int i = 0; i < count; i++) {
            rows[i] = i * 7;
            ratings[i] = 0.5f * (1 + random.nextInt(10));
        }

        float[] user = FoldIn.userVector(model, rows, ratings);

        float[] y = model.vectors();
        for (int p = 0; p < rank; p++) {
            double lhs = reg * count * user[p];
            double rhs = 0;
            for (int i = 0; i < count; i++) {
                double weight = implicit ? alpha * ratings[i] : 1;
                double target = implicit ? 1 + alpha * ratings[i] : ratings[i];
                double yu = 0;
                for (int q = 0; q < rank; q++) {
                    yu += y[rows[i] * rank + q] * user[q];
                }
                lhs += weight * y[rows[i] * rank + p] * yu;
                rhs += target * y[rows[i] * rank + p];
            }
            if (implicit) {
                for (int row = 0; row < model.size(); row++) {
                    double yu = 0;
                    for (int q = 0; q < rank; q++) {
                        yu += y[row * rank + q] * user[q];
                    }
                    lhs += y[row * rank + p] * yu;
                }
            }
            assertThat(lhs).as("row %d of the normal equations", p).isCloseTo(rhs, offset(1e-3 * (1 + Math.abs(rhs))));
        }
    }

    @Test
    void fansOfOneClusterGetTheRestOfThatClusterFirst() {
        for (boolean implicit : new boolean[] {false, true}) {
            List<Candidate> candidates = ModelRecommender.foldIn(twoClusters(implicit), rated(1, 2, 3, 4), 6);

            assertThat(candidates).extracting(Candidate::movieId)
                    .as(implicit ? "implicit" : "explicit")
                    .hasSize(6)
                    .allMatch(id -> id >= 5 && id <= 10);
        }
    }

    /**
     * Movies 1 and 2 (science fiction, rated 5) and 4 (science fiction) lie along the one axis with
     * 3 (action) a little further out: ALS alone puts the action movie first, the genre step the
     * science fiction the user leans to, as the job's batch lists do.
     */
    @Test
    void foldInLiftsTheGenresTheUserRatesMoreThanEveryoneDoes() {
        ItemFactors factors = new ItemFactors(false, 1, new int[] {1, 2, 3, 4}, new float[] {1f, 1f, 1f, 0.9f});
        GenreAffinity affinity = new GenreAffinity(List.of("Action", "Sci-Fi"), new double[] {0.7, 0.3});
        int action = affinity.mask(List.of("Action"));
        int scienceFiction = affinity.mask(List.of("Sci-Fi"));
        int[] masks = {scienceFiction, scienceFiction, action, scienceFiction};
        Manifest manifest = Models.manifest("run-genres", 1, false, 1e-6, 1);

        LoadedModel alsAlone = LoadedModel.of(manifest, factors, List.of());
        LoadedModel withGenres = LoadedModel.of(manifest, factors, List.of(), new LoadedModel.Genres(affinity, masks, 0.3));

        assertThat(ModelRecommender.foldIn(alsAlone, rated(1, 2), 2)).extracting(Candidate::movieId).containsExactly(3, 4);
        assertThat(ModelRecommender.foldIn(withGenres, rated(1, 2), 2)).extracting(Candidate::movieId).containsExactly(4, 3);
    }

    @Test
    void becauseLinesNameTheLikedMoviesClosestToTheRecommendation() {
        List<UserRating> ratings = new ArrayList<>(rated(1, 2, 12));
        ratings.add(new UserRating(3, 2.0, NOW));

        List<Candidate> candidates = ModelRecommender.explain(twoClusters(false),
                new RecommendationList(1, "run-test", NOW.toString(), List.of(new RecommendationList.Scored(5, 4.5))),
                ratings);

        assertThat(candidates.get(0).because()).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void similarMoviesComeFromTheSameClusterAndNeverIncludeTheMovieItself() {
        List<Candidate> similar = ModelRecommender.similar(twoClusters(true), 15, 5);

        assertThat(similar).extracting(Candidate::movieId).hasSize(5).doesNotContain(15).allMatch(id -> id > 10);
        assertThat(similar.get(0).score()).isGreaterThan(0.99);
    }

    @Test
    void aMovieTheModelDoesNotKnowHasNoSimilarMovies() {
        assertThat(ModelRecommender.similar(twoClusters(false), 999, 5)).isEmpty();
    }

    @Test
    void topRowsAreBestFirstAndSkipExcludedRows() {
        float[] vectors = {1, 5, 3, 4, 2};
        BitSet excluded = new BitSet();
        excluded.set(1);

        TopRows top = TopRows.best(vectors, 1, new float[] {1}, excluded, 3);

        assertThat(top.size()).isEqualTo(3);
        assertThat(new int[] {top.row(0), top.row(1), top.row(2)}).containsExactly(3, 2, 4);
    }
}
