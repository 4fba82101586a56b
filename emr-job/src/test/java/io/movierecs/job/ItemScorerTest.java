package io.movierecs.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.movierecs.contracts.GenreAffinity;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ItemScorerTest {

    /** Seven movies: one pass of four and three left over, each scored as a plain dot product would. */
    @Test
    void everyMovieIsScoredByItsDotProductWithTheUserAndSeenMoviesAreLeftOut() {
        int rank = 5;
        int[] movieIds = {2, 3, 5, 7, 11, 13, 17};
        float[] vectors = new float[movieIds.length * rank];
        Random random = new Random(3);
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = (float) random.nextGaussian();
        }
        float[] user = {0.5f, -1f, 2f, 0.25f, -0.75f};
        ItemScorer scorer = new ItemScorer(rank, movieIds, vectors,
                new GenreRanking(MovieGenres.none(), GenreAffinity.none(), 0));

        TopN top = scorer.top(user, new int[] {7}, new float[] {4f}, 6, scorer.scratch());

        assertThat(top.movieIds()).hasSize(6).doesNotContain(7);
        for (int i = 0; i < top.movieIds().length; i++) {
            int row = java.util.Arrays.binarySearch(movieIds, top.movieIds()[i]);
            float dot = 0f;
            for (int k = 0; k < rank; k++) {
                dot += user[k] * vectors[row * rank + k];
            }
            assertThat(top.scores()[i]).isEqualTo(dot);
            if (i > 0) {
                assertThat(top.scores()[i]).isLessThanOrEqualTo(top.scores()[i - 1]);
            }
        }
    }

    /**
     * ALS scores movies 1-4 at 3, 1, 0.5 and 0 (movie 1 seen). The item-item model, from users who
     * rated {1, 4}, {1, 4} and {2, 3}, gives movie 4 similarity 1 to movie 1 and the others nothing.
     * Half and half, each divided by its highest: movie 2 0.5 x 1/3, movie 3 0.5 x 0.5/3, movie 4 0.5 x 1.
     */
    @Test
    void theItemItemModelsShareLiftsTheMoviesLikeTheUsersOwn() {
        ItemNeighbours neighbours = ItemNeighbours.of(new int[] {7, 7, 8, 8, 9, 9}, new int[] {1, 4, 1, 4, 2, 3}, 10);
        GenreRanking noGenres = new GenreRanking(MovieGenres.none(), GenreAffinity.none(), 0);
        int[] movieIds = {1, 2, 3, 4};
        float[] vectors = {3f, 1f, 0.5f, 0f};
        ItemScorer alsAlone = new ItemScorer(1, movieIds, vectors, noGenres);
        ItemScorer blended = new ItemScorer(1, movieIds, vectors, noGenres, new ItemScorer.Blend(neighbours, 0.5));

        TopN als = alsAlone.top(new float[] {1f}, new int[] {1}, new float[] {5f}, 3, alsAlone.scratch());
        TopN both = blended.top(new float[] {1f}, new int[] {1}, new float[] {5f}, 3, blended.scratch());

        assertThat(als.movieIds()).containsExactly(2, 3, 4);
        assertThat(both.movieIds()).containsExactly(4, 2, 3);
        assertThat(both.scores()[0]).isCloseTo(0.5f, within(1e-6f));
        assertThat(both.scores()[1]).isCloseTo(1f / 6, within(1e-6f));
        assertThat(both.scores()[2]).isCloseTo(1f / 12, within(1e-6f));
    }

    /**
     * Movies 1 and 2 are dramas, 3 a comedy, each genre half the catalogue; the user rated movie 1 a
     * 5, so drama's lift is ln((5 + 5 x 0.5) / (5 + 5) / 0.5) = ln 1.5 and comedy's 0. ALS scores
     * 4, 1, 2, so at share 0.5 ALS's part is 0.5 x 1/4 for movie 2 and 0.5 x 2/4 for movie 3. The
     * item-item model gives movie 2 the user's highest score and movie 3 none (EASE of EaseTest:
     * B[1][2] = 1/2, B[1][3] = 0; cosine: users who rated {1, 2}), so its part is 0.5 for movie 2.
     * At genre weight 1, EASE's part is not lifted, the cosine neighbours' is.
     */
    @Test
    void theGenreLiftAppliesToAlssPartOfAnEaseBlendOnly() {
        Ease ease = Ease.of(new int[] {1, 1, 2, 2, 3, 3, 3}, new int[] {1, 2, 2, 3, 1, 2, 3},
                new float[] {5, 5, 5, 5, 5, 5, 5}, 1);

        TopN top = dramaFanTop(ease);

        assertThat(top.movieIds()).containsExactly(2, 3);
        assertThat(top.scores()[0]).isCloseTo((float) (0.125 * (1 + Math.log(1.5)) + 0.5), within(1e-6f));
        assertThat(top.scores()[1]).isCloseTo(0.25f, within(1e-6f));
    }

    @Test
    void theGenreLiftAppliesToTheWholeBlendWithCosineNeighbours() {
        ItemNeighbours neighbours = ItemNeighbours.of(new int[] {7, 7, 8, 8}, new int[] {1, 2, 1, 2}, 10);

        TopN top = dramaFanTop(neighbours);

        assertThat(top.movieIds()).containsExactly(2, 3);
        assertThat(top.scores()[0]).isCloseTo((float) ((0.125 + 0.5) * (1 + Math.log(1.5))), within(1e-6f));
        assertThat(top.scores()[1]).isCloseTo(0.25f, within(1e-6f));
    }

    private static TopN dramaFanTop(ItemItemModel partner) {
        MovieGenres movies = MovieGenres.of(Map.of(1, List.of("Drama"), 2, List.of("Drama"), 3, List.of("Comedy")));
        GenreRanking genres = new GenreRanking(movies, new GenreAffinity(List.of("Comedy", "Drama"), new double[] {0.5, 0.5}), 1);
        ItemScorer blended = new ItemScorer(1, new int[] {1, 2, 3}, new float[] {4f, 1f, 2f}, genres,
                new ItemScorer.Blend(partner, 0.5));
        return blended.top(new float[] {1f}, new int[] {1}, new float[] {5f}, 2, blended.scratch());
    }
}
