package io.movierecs.contracts;

/**
 * Where a training run's files live inside the model store (an S3 bucket in AWS, a directory
 * locally). Keys are relative to the store's root and always use '/'.
 */
public final class ModelLayout {
    /** Written last by the job: its presence marks a complete run. */
    public static final String MANIFEST = "manifest.json";
    public static final String ITEM_FACTORS = "item-factors.bin";
    public static final String POPULAR = "popular.csv";
    /** The catalogue's genre shares for {@link GenreAffinity}; a run without genres has none. */
    public static final String GENRES = "genres.csv";

    private ModelLayout() {
    }

    /** The prefix under which one run's model artefacts go, e.g. {@code models/run-42}. */
    public static String modelPrefix(String runId) {
        return "models/" + requireSafe(runId);
    }

    /** The key of the app's ratings snapshot exported for one run. */
    public static String snapshotKey(String runId) {
        return "snapshots/" + requireSafe(runId) + "/ratings.csv.gz";
    }

    static String requireSafe(String runId) {
        requireSafeArgument(runId);
        return runId;
    }

    /** Run ids end up in S3 keys, file names and DynamoDB values, so they are kept to a safe alphabet. */
    static void requireSafeArgument(String runId) {
        if (runId == null || !runId.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}")) {
            throw new InvalidJobArgumentException("--run-id",
                    "must be 1-128 letters, digits, '.', '_' or '-' starting with a letter or digit, was " + runId);
        }
    }
}
