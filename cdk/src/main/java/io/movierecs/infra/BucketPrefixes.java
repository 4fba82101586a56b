package io.movierecs.infra;

import io.movierecs.contracts.ModelLayout;

/** Top-level prefixes in the model bucket that the infrastructure treats differently. */
final class BucketPrefixes {
    /** Ratings snapshots, one per run; derived from the contract so the lifecycle rule follows the app. */
    static final String SNAPSHOTS = topLevel(ModelLayout.snapshotKey("run"));
    /** Each run's model artefacts; derived from the contract like the snapshots. */
    static final String MODELS = topLevel(ModelLayout.modelPrefix("run") + "/");
    static final String EMR_LOGS = "emr-logs/";
    /** Where MovieLens ratings.csv (and movies.csv, for the genre step) go for the job to read through EMRFS. */
    static final String MOVIELENS = "movielens/";

    private BucketPrefixes() {
    }

    private static String topLevel(String key) {
        return key.substring(0, key.indexOf('/') + 1);
    }
}
