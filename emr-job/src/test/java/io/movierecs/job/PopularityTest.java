package io.movierecs.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.movierecs.contracts.PopularMovie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PopularityTest extends SparkTestSession {
    private static Popularity popularity;

    /** Movie 10 rated three times (mean 4), 20 and 30 twice (means 3.5 and 4.5), 40 once (1). */
    @BeforeAll
    static void rank() {
        popularity = Popularity.of(alsRatings(
                rated(1, 10, 5), rated(2, 10, 4), rated(3, 10, 3),
                rated(1, 30, 5), rated(4, 30, 4),
                rated(2, 20, 4), rated(3, 20, 3),
                rated(4, 40, 1)));
    }

    @Test
    void ranksByRatingCountThenMeanRatingLikeTheWebCatalogueScoredAsAShareOfTheTop() {
        // 20 and 30 tie on count: the better rated 30 goes first, as on the web's pages before any model.
        assertThat(popularity.list(10)).containsExactly(
                new PopularMovie(10, 3, 4.0, 1.0),
                new PopularMovie(30, 2, 4.5, 0.6667),
                new PopularMovie(20, 2, 3.5, 0.6667),
                new PopularMovie(40, 1, 1.0, 0.3333));
        assertThat(popularity.list(2)).extracting(PopularMovie::movieId).containsExactly(10, 30);
    }

    @Test
    void aUsersListSkipsWhatTheyHaveSeen() {
        TopN top = popularity.top(new int[] {10, 30}, 2);

        assertThat(top.movieIds()).containsExactly(20, 40);
        // the shared rule (PopularMovie.score) keeps four decimals
        assertThat(top.scores()[0]).isEqualTo(0.6667f);
        assertThat(top.scores()[1]).isEqualTo(0.3333f);
    }

    @Test
    void aListIsShorterWhenTheCatalogueRunsOut() {
        assertThat(popularity.top(new int[] {20}, 10).movieIds()).containsExactly(10, 30, 40);
    }
}
