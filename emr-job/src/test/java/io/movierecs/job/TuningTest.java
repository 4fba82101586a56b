package io.movierecs.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
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
    void rankIsTriedHalvedAndAsGivenAndRegularisationFromAThirdToFourTimes() {
        Hyperparameters given = new Hyperparameters(32, 10, 1.5, 0.5, true, 1);

        assertThat(Tuning.rankAndRegGrid(given)).extracting(Hyperparameters::rank, Hyperparameters::reg)
                .containsExactly(tuple(16, 0.5), tuple(16, 1.5), tuple(16, 3.0), tuple(16, 6.0),
                        tuple(32, 0.5), tuple(32, 1.5), tuple(32, 3.0), tuple(32, 6.0));
    }

    @Test
    void theExplicitGibbsModelIsTriedAtHalfAndTheGivenRankOnly() {
        Hyperparameters given = new Hyperparameters(32, 10, 1.5, 0.5, false, 1);

        assertThat(Tuning.rankGrid(given)).extracting(Hyperparameters::rank).containsExactly(16, 32);
        assertThat(Tuning.rankGrid(given.with(1, 1.5, 0.5))).extracting(Hyperparameters::rank).containsExactly(1);
    }

    @Test
    void aWeightOfZeroStaysAlsAlone() {
        assertThat(Tuning.genreWeightGrid(0)).containsExactly(0.0);
    }
}
