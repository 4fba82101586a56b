package io.movierecs.job;

import org.apache.spark.ml.recommendation.ALS;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Fits the model on frames of {@code (user int, movieId int, rating float)}: Spark's ALS for
 * implicit preference and for explicit ratings above {@link GibbsTrainer#MAX_RATINGS}; below that,
 * explicit ratings get the Bayesian factorisation of {@link GibbsTrainer}, which predicts them better.
 */
final class AlsTrainer {
    static final String USER = "user";
    static final String MOVIE = "movieId";
    static final String RATING = "rating";
    /** Unix seconds; ALS ignores it, the time-aware holdout orders each user's ratings by it. */
    static final String TIME = "timestamp";

    private AlsTrainer() {
    }

    static ALSModel fit(Dataset<Row> ratings, Hyperparameters parameters) {
        if (!parameters.implicit() && ratings.count() <= GibbsTrainer.MAX_RATINGS) {
            return GibbsTrainer.fit(ratings, parameters);
        }
        return als(ratings, parameters);
    }

    /** Spark's ALS. */
    static ALSModel als(Dataset<Row> ratings, Hyperparameters parameters) {
        // One block per core: the same seed on the same cluster shape gives the same model, and a
        // local run is not slowed by the default ten blocks on two cores.
        int blocks = Math.max(1, ratings.sparkSession().sparkContext().defaultParallelism());
        return new ALS()
                .setUserCol(USER)
                .setItemCol(MOVIE)
                .setRatingCol(RATING)
                .setRank(parameters.rank())
                .setMaxIter(parameters.maxIter())
                .setRegParam(parameters.reg())
                .setImplicitPrefs(parameters.implicit())
                .setAlpha(parameters.alpha())
                .setSeed(parameters.seed())
                .setNumUserBlocks(blocks)
                .setNumItemBlocks(blocks)
                // Cutting the lineage keeps long runs off the StackOverflowError of deep plans;
                // it takes effect because the job always sets a checkpoint directory.
                .setCheckpointInterval(5)
                .setColdStartStrategy("drop")
                .fit(ratings);
    }
}
