package io.movierecs.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenreAffinityTest {
    /** A catalogue where a fifth of the rating weight is science fiction, half action, the rest comedy. */
    private static final GenreAffinity CATALOGUE = new GenreAffinity(List.of("Action", "Comedy", "Sci-Fi"),
            new double[] {0.5, 0.3, 0.2});
    private static final int ACTION = CATALOGUE.mask(List.of("Action"));
    private static final int COMEDY = CATALOGUE.mask(List.of("Comedy"));
    private static final int SCI_FI_ACTION = CATALOGUE.mask(List.of("Sci-Fi", "Action"));

    @Test
    void aFanOfScienceFictionLiftsItMostAndNothingTheyDoNotWatch() {
        int[] rated = new int[12];
        float[] ratings = new float[12];
        java.util.Arrays.fill(rated, SCI_FI_ACTION);
        java.util.Arrays.fill(ratings, 5f);

        double[] lifts = CATALOGUE.lifts(rated, ratings);

        // share = (60 + 5 * 0.2) / (60 + 5); ln(share / 0.2) = ln(4.69)
        assertThat(lifts[2]).isCloseTo(Math.log((60 + 1.0) / 65 / 0.2), offset(1e-9));
        assertThat(lifts[2]).isGreaterThan(lifts[0]);
        assertThat(lifts[1]).isZero();
    }

    @Test
    void aBoostMultipliesPositiveScoresByTheBestLiftAmongTheMoviesGenres() {
        double[] lifts = {0.5, 0, 1.5};

        assertThat(GenreAffinity.boost(2f, SCI_FI_ACTION, lifts, 0.3)).isCloseTo(2f * 1.45f, offset(1e-5f));
        assertThat(GenreAffinity.boost(2f, ACTION, lifts, 0.3)).isCloseTo(2f * 1.15f, offset(1e-5f));
        assertThat(GenreAffinity.boost(2f, COMEDY, lifts, 0.3)).isEqualTo(2f);
        assertThat(GenreAffinity.boost(-1f, SCI_FI_ACTION, lifts, 0.3)).isEqualTo(-1f);
        assertThat(GenreAffinity.boost(2f, SCI_FI_ACTION, lifts, 0)).isEqualTo(2f);
    }

    @Test
    void sharesAreThePartOfAllRatingWeightOnEachGenre() {
        double[] shares = GenreAffinity.shares(3, new int[] {SCI_FI_ACTION, COMEDY}, new double[] {30, 10});

        assertThat(shares).containsExactly(new double[] {0.75, 0.25, 0.75}, offset(1e-12));
    }

    @Test
    void theSharesFileReadsBackAsWritten() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CATALOGUE.writeTo(out);

        GenreAffinity read = GenreAffinity.readFrom(new ByteArrayInputStream(out.toByteArray()));

        assertThat(read.genres()).isEqualTo(CATALOGUE.genres());
        assertThat(read.share(2)).isEqualTo(0.2);
        assertThat(read.mask(List.of("Sci-Fi", "Western"))).isEqualTo(CATALOGUE.mask(List.of("Sci-Fi")));
    }

    @Test
    void aBadSharesLineIsNamed() {
        byte[] broken = "genre,share\nAction,0.5\nComedy,lots\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> GenreAffinity.readFrom(new ByteArrayInputStream(broken)))
                .isInstanceOf(IOException.class).hasMessageContaining("line 3");
    }
}
