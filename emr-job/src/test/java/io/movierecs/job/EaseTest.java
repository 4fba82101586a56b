package io.movierecs.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Three users, three movies, every rating a 5 (weight 1): user 1 rated movies 1 and 2, user 2 movies
 * 2 and 3, user 3 all three. X^T X plus lambda 1 on the diagonal is [[3,2,1],[2,4,2],[1,2,3]], whose
 * inverse (determinant 16) is [[1/2,-1/4,0],[-1/4,1/2,-1/4],[0,-1/4,1/2]], so by hand
 * B = [[0,1/2,0],[1/2,0,1/2],[0,1/2,0]]: movies 1 and 3 each point only to movie 2, and movie 2 to both.
 */
class EaseTest {
    private static final int[] USERS = {1, 1, 2, 2, 3, 3, 3};
    private static final int[] MOVIES = {1, 2, 2, 3, 1, 2, 3};
    private static final float[] FIVES = {5, 5, 5, 5, 5, 5, 5};

    @Test
    void aUserWhoRatedTheFirstMovieIsPointedOnlyToTheMiddleOne() {
        float[] scores = new float[3];

        Ease.of(USERS, MOVIES, FIVES, 1).score(new int[] {1}, new float[] {5}, new int[] {1, 2, 3}, scores);

        assertThat(scores).containsExactly(new float[] {0f, 0.5f, 0f}, within(1e-6f));
    }

    @Test
    void scoresAddUpOverTheMoviesAUserRated() {
        float[] scores = new float[3];

        Ease.of(USERS, MOVIES, FIVES, 1).score(new int[] {1, 3}, new float[] {5, 5}, new int[] {1, 2, 3}, scores);

        assertThat(scores).containsExactly(new float[] {0f, 1f, 0f}, within(1e-6f));
    }

    @Test
    void onlyMoviesOfTheScorersCatalogueReceiveScores() {
        float[] scores = new float[3];

        Ease.of(USERS, MOVIES, FIVES, 1).score(new int[] {2, 9}, new float[] {5, 5}, new int[] {2, 3, 4}, scores);

        assertThat(scores).containsExactly(new float[] {0f, 0.5f, 0f}, within(1e-6f));
    }

    @Test
    void aMovieRatedLowerAddsLessToTheUsersScores() {
        float[] scores = new float[3];

        // weight(2) = (1 + 2) / 6 = 1/2 of what a 5 adds
        Ease.of(USERS, MOVIES, FIVES, 1).score(new int[] {1}, new float[] {2}, new int[] {1, 2, 3}, scores);

        assertThat(scores).containsExactly(new float[] {0f, 0.25f, 0f}, within(1e-6f));
    }

    /**
     * Two users who each rated movie A and movie B, one 5 and 2, the other 2 and 5: X = [[1, 1/2],
     * [1/2, 1]], X^T X = [[5/4, 1],[1, 5/4]]; with lambda 3/4 it is [[2,1],[1,2]], whose inverse is
     * [[2,-1],[-1,2]] / 3, so B[A][B] = (1/3) / (2/3) = 1/2. Counting both ratings as 1 would give
     * [[2.75,2],[2,2.75]] and B[A][B] = 2 / 2.75 = 8/11: the mixed feelings weaken the link.
     */
    @Test
    void theLinkBetweenTwoMoviesWeighsHowTheyWereRated() {
        float[] scores = new float[2];

        Ease.of(new int[] {1, 1, 2, 2}, new int[] {10, 20, 10, 20}, new float[] {5, 2, 2, 5}, 0.75)
                .score(new int[] {10}, new float[] {5}, new int[] {10, 20}, scores);

        assertThat(scores).containsExactly(new float[] {0f, 0.5f}, within(1e-6f));
    }

    @Test
    void aCatalogueAboveTheBoundGetsNoModel() {
        int[] movies = IntStream.rangeClosed(1, Ease.MAX_MOVIES + 1).toArray();

        assertThat(Ease.of(new int[movies.length], movies, new float[movies.length], 300).isEmpty()).isTrue();
    }
}
