package io.movierecs.contracts;

/**
 * {@link ModelLayout#MANIFEST}: what a training run did and how well its model ranks, next to the
 * popularity baseline evaluated on the same split. Serialised as JSON with these component names
 * by both sides (each with its own JSON library); the job writes it last, so its presence marks a
 * complete run.
 *
 * @param runId       the run
 * @param createdAt   ISO-8601 instant the job finished
 * @param parameters  what the model was trained with
 * @param counts      sizes of the inputs and outputs
 * @param model       the trained model's metrics on the holdout
 * @param baseline    the popularity baseline's metrics on the same holdout
 * @param itemFactors file name of the item factors under the run's prefix
 * @param popular     file name of the popular list under the run's prefix
 * @param droppedRows input rows the job could not use, per input (null in manifests older than it)
 */
public record Manifest(
        String runId,
        String createdAt,
        Parameters parameters,
        Counts counts,
        Metrics model,
        Metrics baseline,
        String itemFactors,
        String popular,
        DroppedRows droppedRows) {

    /** A manifest from a job that did not count its dropped rows. */
    public Manifest(String runId, String createdAt, Parameters parameters, Counts counts, Metrics model,
                    Metrics baseline, String itemFactors, String popular) {
        this(runId, createdAt, parameters, counts, model, baseline, itemFactors, popular, null);
    }

    /** @param genreWeight the {@link GenreAffinity} weight the lists were ranked with (0 in manifests older than it) */
    public record Parameters(int rank, int maxIter, double reg, double alpha, boolean implicit,
                             double holdout, long seed, int topN, boolean tuned, double genreWeight) {
    }

    public record Counts(long ratings, long movielensRatings, long appRatings, long users, long appUsers,
                         long movies, long trainRatings, long testRatings, long usersWritten) {
    }

    /**
     * Ranking metrics at 10 are computed per user on the holdout after removing the user's training
     * items; {@code rmse} and {@code mae} are null for a model trained on implicit preference.
     */
    public record Metrics(Double rmse, Double mae, double precisionAt10, double recallAt10, double ndcgAt10,
                          double map, double coverage) {
    }

    /**
     * Rows of each input that were read but not used: malformed lines, missing ids, ratings outside
     * (0, 5]. {@code Counts.appRatings() + app} is every data row of the app's snapshot, which the
     * web app compares with the number of ratings it exported.
     */
    public record DroppedRows(long movielens, long app) {
    }
}
