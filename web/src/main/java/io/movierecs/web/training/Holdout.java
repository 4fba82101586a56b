package io.movierecs.web.training;

import io.movierecs.contracts.Manifest;

/**
 * Which of a manifest's two holdouts a comparison reads. The time-aware one holds out each user's
 * latest ratings, as serving asks of a model; manifests from before it existed only have the
 * random one.
 */
enum Holdout {
    RANDOM("random holdout"),
    TIME_AWARE("time-aware holdout");

    private final String label;

    Holdout(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** The time-aware holdout when the manifest has it, otherwise the random one. */
    static Holdout best(Manifest manifest) {
        return manifest.timeAwareModel() != null && manifest.timeAwareBaseline() != null ? TIME_AWARE : RANDOM;
    }

    /** The holdout both manifests were judged on: time-aware only when both have it. */
    static Holdout shared(Manifest one, Manifest other) {
        return best(one) == TIME_AWARE && best(other) == TIME_AWARE ? TIME_AWARE : RANDOM;
    }

    Manifest.Metrics model(Manifest manifest) {
        return this == TIME_AWARE ? manifest.timeAwareModel() : manifest.model();
    }

    Manifest.Metrics baseline(Manifest manifest) {
        return this == TIME_AWARE ? manifest.timeAwareBaseline() : manifest.baseline();
    }
}
