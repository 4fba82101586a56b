package io.movierecs.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Three users: user 1 rated movies 10 and 20, user 2 rated 10, 20 and 30, user 3 rated 30. Each
 * movie has two raters, so cosine = co-raters / 2: 10-20 share two (1.0), 10-30 and 20-30 one (0.5).
 */
class ItemNeighboursTest {
    private static final int[] USERS = {1, 1, 2, 2, 2, 3};
    private static final int[] MOVIES = {10, 20, 10, 20, 30, 30};
    private static final int[] ROWS = {10, 20, 30};

    @Test
    void aUsersScoreForAMovieIsTheSumOfItsSimilaritiesToTheMoviesTheyRated() {
        ItemNeighbours neighbours = ItemNeighbours.of(USERS, MOVIES, 2);
        float[] scores = new float[3];

        neighbours.score(new int[] {10, 30}, new float[2], ROWS, scores);

        // from 10: 20 gets 1.0, 30 gets 0.5; from 30: 10 gets 0.5, 20 gets 0.5
        assertThat(scores[0]).isCloseTo(0.5f, within(1e-6f));
        assertThat(scores[1]).isCloseTo(1.5f, within(1e-6f));
        assertThat(scores[2]).isCloseTo(0.5f, within(1e-6f));
    }

    @Test
    void eachMovieKeepsOnlyItsNearestNeighboursTiesToTheLowerMovieId() {
        ItemNeighbours neighbours = ItemNeighbours.of(USERS, MOVIES, 1);
        float[] fromTen = new float[3];
        float[] fromThirty = new float[3];

        neighbours.score(new int[] {10}, new float[1], ROWS, fromTen);
        neighbours.score(new int[] {30}, new float[1], ROWS, fromThirty);

        assertThat(fromTen).containsExactly(0f, 1f, 0f);
        // 30 is as near to 10 as to 20: 10 is kept
        assertThat(fromThirty).containsExactly(0.5f, 0f, 0f);
    }

    @Test
    void moviesTheScorerDoesNotKnowAreSkipped() {
        ItemNeighbours neighbours = ItemNeighbours.of(USERS, MOVIES, 2);
        float[] scores = new float[2];

        neighbours.score(new int[] {10, 99}, new float[2], new int[] {20, 30}, scores);

        assertThat(scores).containsExactly(1f, 0.5f);
    }
}
