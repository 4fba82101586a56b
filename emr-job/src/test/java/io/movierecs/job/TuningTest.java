package io.movierecs.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TuningTest {

    @Test
    void theGenreWeightIsTriedOffAThirdAsGivenAndThreeTimes() {
        assertThat(Tuning.genreWeightGrid(0.3)).hasSize(4)
                .satisfiesExactly(w -> assertThat(w).isZero(), w -> assertThat(w).isCloseTo(0.1, within(1e-12)),
                        w -> assertThat(w).isEqualTo(0.3), w -> assertThat(w).isCloseTo(0.9, within(1e-12)));
    }

    @Test
    void threeTimesTheWeightStopsAtTheLargestAccepted() {
        assertThat(Tuning.genreWeightGrid(6)).containsExactly(0.0, 2.0, 6.0, 10.0);
    }

    @Test
    void aWeightOfZeroStaysAlsAlone() {
        assertThat(Tuning.genreWeightGrid(0)).containsExactly(0.0);
    }
}
