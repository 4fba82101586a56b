package io.movierecs.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Three users, three movies: user 1 rated movies 1 and 2, user 2 movies 2 and 3, user 3 all three.
 * The co-rating counts plus lambda 1 on the diagonal are [[3,2,1],[2,4,2],[1,2,3]], whose inverse
 * (determinant 16) is [[1/2,-1/4,0],[-1/4,1/2,-1/4],[0,-1/4,1/2]], so by hand B = [[0,1/2,0],[1/2,0,1/2],[0,1/2,0]]:
 * movies 1 and 3 each point only to movie 2, and movie 2 to both.
 */
class EaseTest {
    private static final int[] USERS = {1, 1, 2, 2, 3, 3, 3};
    private static final int[] MOVIES = {1, 2, 2, 3, 1, 2, 3};

    @Test
    void aUserWhoRatedTheFirstMovieIsPointedOnlyToTheMiddleOne() {
        float[] scores = new float[3];

        Ease.of(USERS, MOVIES, 1).score(new int[] {1}, new int[] {1, 2, 3}, scores);

        assertThat(scores).containsExactly(new float[] {0f, 0.5f, 0f}, within(1e-6f));
    }

    @Test
    void scoresAddUpOverTheMoviesAUserRated() {
        float[] scores = new float[3];

        Ease.of(USERS, MOVIES, 1).score(new int[] {1, 3}, new int[] {1, 2, 3}, scores);

        assertThat(scores).containsExactly(new float[] {0f, 1f, 0f}, within(1e-6f));
    }

    @Test
    void onlyMoviesOfTheScorersCatalogueReceiveScores() {
        float[] scores = new float[3];

        Ease.of(USERS, MOVIES, 1).score(new int[] {2, 9}, new int[] {2, 3, 4}, scores);

        assertThat(scores).containsExactly(new float[] {0f, 0.5f, 0f}, within(1e-6f));
    }

    @Test
    void aCatalogueAboveTheBoundGetsNoModel() {
        int[] movies = IntStream.rangeClosed(1, Ease.MAX_MOVIES + 1).toArray();

        assertThat(Ease.of(new int[movies.length], movies, 300).isEmpty()).isTrue();
    }
}
