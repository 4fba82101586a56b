package io.movierecs.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PopularMovieTest {

    @Test
    void theScoreIsTheRatingCountAsAShareOfTheMostRatedMovies() {
        assertThat(PopularMovie.score(329, 329)).isEqualTo(1.0);
        assertThat(PopularMovie.score(100, 400)).isEqualTo(0.25);
        assertThat(PopularMovie.score(1, 3)).isEqualTo(0.3333);
        assertThat(PopularMovie.score(0, 0)).isZero();
    }

    @Test
    void aListReadsBackAsWritten() throws IOException {
        List<PopularMovie> movies = List.of(PopularMovie.of(356, 329, 4.164133738, 329), PopularMovie.of(318, 317, 4.43, 329));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PopularMovie.writeAll(movies, out);

        assertThat(PopularMovie.readAll(new ByteArrayInputStream(out.toByteArray())))
                .containsExactly(new PopularMovie(356, 329, 4.1641, 1.0), new PopularMovie(318, 317, 4.43, 0.9635));
    }
}
