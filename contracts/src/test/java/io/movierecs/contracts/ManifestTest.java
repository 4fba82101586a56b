package io.movierecs.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Fields were added to the manifest after its first release; what older writers built still builds. */
class ManifestTest {

    @Test
    void aManifestBuiltTheOldWayHasNoTimeAwareHoldoutAndNoBeyondAccuracyMeasures() {
        Manifest.Metrics metrics = new Manifest.Metrics(null, null, 0.1, 0.2, 0.3, 0.4, 0.5);
        Manifest.Counts counts = new Manifest.Counts(10, 8, 2, 3, 1, 5, 8, 2, 1);

        Manifest manifest = new Manifest("run-1", "2026-01-01T00:00:00Z",
                new Manifest.Parameters(32, 10, 0.1, 0.5, true, 0.2, 42, 50, false, 0.3), counts, metrics, metrics,
                ModelLayout.ITEM_FACTORS, ModelLayout.POPULAR);

        assertThat(manifest.timeAwareModel()).isNull();
        assertThat(manifest.timeAwareBaseline()).isNull();
        assertThat(manifest.counts().timeAwareTrainRatings()).isNull();
        assertThat(manifest.counts().timeAwareTestRatings()).isNull();
        assertThat(metrics.novelty()).isNull();
        assertThat(metrics.intraListDiversity()).isNull();
        assertThat(metrics.ndcgAt10()).isEqualTo(0.3);
    }
}
