package io.movierecs.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.movierecs.contracts.GenreAffinity;
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
}
