package io.movierecs.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TopNTest {

    @Test
    void picksTheBestUnexcludedMoviesBestFirst() {
        int[] movieIds = {10, 20, 30, 40, 50};
        float[] scores = {0.1f, 0.9f, 0.5f, 0.95f, 0.7f};
        boolean[] excluded = {false, false, false, true, false};

        TopN top = TopN.select(movieIds, scores, excluded, 3);

        assertThat(top.movieIds()).containsExactly(20, 50, 30);
        assertThat(top.scores()).containsExactly(0.9f, 0.7f, 0.5f);
    }

    @Test
    void tiesGoToTheLowerMovieIdSoRunsRepeat() {
        TopN top = TopN.select(new int[] {3, 1, 2}, new float[] {1f, 1f, 1f}, new boolean[3], 2);

        assertThat(top.movieIds()).containsExactly(1, 2);
    }

    @Test
    void returnsFewerWhenFewerAreLeft() {
        TopN top = TopN.select(new int[] {1, 2}, new float[] {1f, 2f}, new boolean[] {true, false}, 5);

        assertThat(top.movieIds()).containsExactly(2);
    }

    @Test
    void agreesWithAFullSortOnACatalogueWithManyTies() {
        Random random = new Random(7);
        int movies = 2_000;
        int[] movieIds = IntStream.range(0, movies).map(i -> (i * 7919) % 10_007).toArray();
        float[] scores = new float[movies];
        boolean[] excluded = new boolean[movies];
        for (int i = 0; i < movies; i++) {
            scores[i] = random.nextInt(50) / 10f;
            excluded[i] = random.nextInt(10) == 0;
        }

        TopN top = TopN.select(movieIds, scores, excluded, 50);

        int[] expected = IntStream.range(0, movies).filter(i -> !excluded[i]).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(i -> movieIds[i]))
                .limit(50).mapToInt(i -> movieIds[i]).toArray();
        assertThat(top.movieIds()).containsExactly(expected);
    }
}
