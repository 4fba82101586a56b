package io.movierecs.web.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.movierecs.contracts.Manifest;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QualityGateTest {
    private final QualityGate gate = new QualityGate(new TrainingSettings(null, Duration.ofHours(3),
            Duration.ofMinutes(30), Duration.ofMinutes(1), 0.01, null));

    @Test
    void aModelThatBeatsPopularityOnlyOnTheRandomHoldoutIsRejected() {
        Manifest candidate = TrainingFixtures.manifest("run-new", 0.30, 0.15, 0.10, 0.12);

        QualityGate.Verdict verdict = gate.judge(candidate, Optional.empty(), null);

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.reason()).contains("0.1000 on the time-aware holdout does not beat the popularity baseline's 0.1200");
    }

    @Test
    void aModelThatBeatsPopularityOnTheTimeAwareHoldoutPassesWhateverTheRandomOneSays() {
        Manifest candidate = TrainingFixtures.manifest("run-new", 0.14, 0.15, 0.13, 0.10);

        QualityGate.Verdict verdict = gate.judge(candidate, Optional.empty(), null);

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.reason()).contains("0.1300 on the time-aware holdout beats the baseline's 0.1000");
    }

    @Test
    void againstAServingModelWithATimeAwareHoldoutTheTimeAwareNdcgDecides() {
        Manifest active = TrainingFixtures.manifest("run-active", 0.40, 0.20, 0.20, 0.10);
        Manifest worseOnRandomBetterOnTimeAware = TrainingFixtures.manifest("run-new", 0.30, 0.20, 0.22, 0.10);
        Manifest betterOnRandomWorseOnTimeAware = TrainingFixtures.manifest("run-new", 0.50, 0.20, 0.15, 0.10);

        assertThat(gate.judge(worseOnRandomBetterOnTimeAware, Optional.of(active), null).passed()).isTrue();
        QualityGate.Verdict worse = gate.judge(betterOnRandomWorseOnTimeAware, Optional.of(active), null);
        assertThat(worse.passed()).isFalse();
        assertThat(worse.reason()).contains("0.1500 on the time-aware holdout is below the active model's 0.2000");
    }

    @Test
    void againstAServingModelFromBeforeTheTimeAwareHoldoutRandomIsComparedWithRandom() {
        Manifest oldActive = TrainingFixtures.manifest("run-active", 0.30, 0.15);
        // Its time-aware NDCG is far below the old model's random one, which says nothing: the
        // time-aware holdout is harder. Like with like, it is a little better.
        Manifest candidate = TrainingFixtures.manifest("run-new", 0.31, 0.15, 0.18, 0.09);
        Manifest worseOnRandom = TrainingFixtures.manifest("run-new", 0.25, 0.15, 0.40, 0.09);

        QualityGate.Verdict verdict = gate.judge(candidate, Optional.of(oldActive), null);
        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.reason()).contains("on the random holdout it has 0.3100, the active model had 0.3000");
        assertThat(gate.judge(worseOnRandom, Optional.of(oldActive), null).reason())
                .contains("0.2500 on the random holdout is below the active model's 0.3000");
    }

    @Test
    void aManifestFromBeforeTheTimeAwareHoldoutIsJudgedOnTheRandomOne() {
        assertThat(gate.judge(TrainingFixtures.manifest("run-old", 0.31, 0.12), Optional.empty(), null).reason())
                .contains("0.3100 on the random holdout beats the baseline's 0.1200");
        assertThat(gate.judge(TrainingFixtures.manifest("run-old", 0.11, 0.12), Optional.empty(), null).passed()).isFalse();
    }
}
