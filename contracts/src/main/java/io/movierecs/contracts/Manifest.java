package io.movierecs.contracts;

/**
 * {@link ModelLayout#MANIFEST}: what a training run did and how well its model ranks, next to the
 * popularity baseline evaluated on the same split. Serialised as JSON with these component names
 * by both sides (each with its own JSON library); the job writes it last, so its presence marks a
 * complete run.
 *
 * <p>Two holdouts judge every run. The random one ({@code model}, {@code baseline}) holds out a
 * random {@code parameters.holdout} share of all ratings, so a model is partly judged on predicting
 * the past from the future. The time-aware one ({@code timeAwareModel}, {@code timeAwareBaseline})
 * holds out each user's most recent ratings, which is what serving asks of a model: it is the
 * metric to gate on. Fields added after the first release are null in older manifests; a reader
 * falls back to the random holdout when the time-aware metrics are null.
 *
 * @param runId             the run
 * @param createdAt         ISO-8601 instant the job finished
 * @param parameters        what the model was trained with
 * @param counts            sizes of the inputs and outputs
 * @param model             the trained model's metrics on the random holdout
 * @param baseline          the popularity baseline's metrics on the same random holdout
 * @param itemFactors       file name of the item factors under the run's prefix
 * @param popular           file name of the popular list under the run's prefix
 * @param timeAwareModel    the model's metrics on the time-aware holdout (each user's most recent
 *                          {@code parameters.holdout} share of ratings, at least one for a user
 *                          with two or more), fitted with the same parameters on the rest
 * @param timeAwareBaseline the popularity baseline's metrics on the same time-aware holdout
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
        DroppedRows droppedRows,
        Metrics timeAwareModel,
        Metrics timeAwareBaseline) {

    /** A manifest from before dropped rows were counted and the time-aware holdout existed. */
    public Manifest(String runId, String createdAt, Parameters parameters, Counts counts, Metrics model,
                    Metrics baseline, String itemFactors, String popular) {
        this(runId, createdAt, parameters, counts, model, baseline, itemFactors, popular, null, null, null);
    }

    /** A manifest with dropped rows counted and no time-aware holdout. */
    public Manifest(String runId, String createdAt, Parameters parameters, Counts counts, Metrics model,
                    Metrics baseline, String itemFactors, String popular, DroppedRows droppedRows) {
        this(runId, createdAt, parameters, counts, model, baseline, itemFactors, popular, droppedRows, null, null);
    }

    /** A manifest with the time-aware holdout and without dropped rows. */
    public Manifest(String runId, String createdAt, Parameters parameters, Counts counts, Metrics model,
                    Metrics baseline, String itemFactors, String popular, Metrics timeAwareModel,
                    Metrics timeAwareBaseline) {
        this(runId, createdAt, parameters, counts, model, baseline, itemFactors, popular, null, timeAwareModel,
                timeAwareBaseline);
    }

    /** @param genreWeight the {@link GenreAffinity} weight the lists were ranked with (0 in manifests older than it) */
    public record Parameters(int rank, int maxIter, double reg, double alpha, boolean implicit,
                             double holdout, long seed, int topN, boolean tuned, double genreWeight) {
    }

    /**
     * @param trainRatings          ratings the random holdout's model was fitted on
     * @param testRatings           ratings the random holdout held out
     * @param timeAwareTrainRatings ratings the time-aware holdout's model was fitted on (null before it existed)
     * @param timeAwareTestRatings  ratings the time-aware holdout held out (null before it existed)
     */
    public record Counts(long ratings, long movielensRatings, long appRatings, long users, long appUsers,
                         long movies, long trainRatings, long testRatings, long usersWritten,
                         Long timeAwareTrainRatings, Long timeAwareTestRatings) {

        /** Counts without a time-aware holdout, as written before it existed. */
        public Counts(long ratings, long movielensRatings, long appRatings, long users, long appUsers, long movies,
                      long trainRatings, long testRatings, long usersWritten) {
            this(ratings, movielensRatings, appRatings, users, appUsers, movies, trainRatings, testRatings,
                    usersWritten, null, null);
        }
    }

    /**
     * One list source (the model or the popularity baseline) judged on one holdout, from each
     * evaluated user's top 10 after removing the user's training movies. Ranking metrics count
     * every held-out rating as relevant and are means over the users with held-out ratings.
     *
     * @param rmse               root mean squared error of predicted ratings; null for implicit preference
     * @param mae                mean absolute error of predicted ratings; null for implicit preference
     * @param coverage           catalogue coverage: distinct movies in all the top-10 lists over the
     *                           movies in the training part
     * @param novelty            mean self-information of the recommended movies in bits,
     *                           {@code -log2(share of training users who rated the movie)}, averaged
     *                           over each list and then over users (null in manifests older than it)
     * @param intraListDiversity by genres: {@code 1 - mean Jaccard similarity of the genre sets} over
     *                           the pairs of movies in a list (movies without genres left out), averaged
     *                           over users; 0 when every list repeats one genre set, 1 when no two
     *                           movies share a genre; null when the catalogue lists no genres or in
     *                           manifests older than it
     */
    public record Metrics(Double rmse, Double mae, double precisionAt10, double recallAt10, double ndcgAt10,
                          double map, double coverage, Double novelty, Double intraListDiversity) {

        /** Metrics without the beyond-accuracy measures, as written before they existed. */
        public Metrics(Double rmse, Double mae, double precisionAt10, double recallAt10, double ndcgAt10, double map,
                       double coverage) {
            this(rmse, mae, precisionAt10, recallAt10, ndcgAt10, map, coverage, null, null);
        }
    }

    /**
     * Rows of each input that were read but not used: malformed lines, missing ids, ratings outside
     * (0, 5]. {@code Counts.appRatings() + app} is every data row of the app's snapshot, which the
     * web app compares with the number of ratings it exported.
     */
    public record DroppedRows(long movielens, long app) {
    }
}
