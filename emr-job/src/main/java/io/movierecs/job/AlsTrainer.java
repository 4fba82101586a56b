package io.movierecs.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.expr;

import org.apache.spark.ml.recommendation.ALS;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Column;
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
        if (!parameters.implicit() && parameters.gibbs()) {
            return GibbsTrainer.fit(ratings, parameters);
        }
        return parameters.fits() > 1 ? average(ratings, parameters) : als(ratings, parameters);
    }

    /**
     * {@code parameters.fits()} implicit fits from different seeds, averaged: one model of their
     * factors side by side (rank = fits x rank), the user factors divided by the number of fits, so a
     * dot product is the mean of the fits' dot products. Each fit's random start leaves its own
     * errors; the mean has fewer (ml-100k figures in the README).
     */
    private static ALSModel average(Dataset<Row> ratings, Hyperparameters parameters) {
        int fits = parameters.fits();
        Dataset<Row> users = null;
        Dataset<Row> movies = null;
        String[] parts = new String[fits];
        Column[] movieParts = new Column[fits];
        for (int member = 0; member < fits; member++) {
            ALSModel model = als(ratings, parameters.member(member));
            String part = "f" + member;
            Dataset<Row> memberUsers = model.userFactors().select(col("id"), col("features").as(part));
            Dataset<Row> memberMovies = model.itemFactors().select(col("id"), col("features").as(part));
            users = users == null ? memberUsers : users.join(memberUsers, "id");
            movies = movies == null ? memberMovies : movies.join(memberMovies, "id");
            parts[member] = part;
            movieParts[member] = col(part);
        }
        Dataset<Row> userFactors = users.select(col("id"),
                expr("transform(concat(" + String.join(", ", parts) + "), x -> CAST(x / " + fits + " AS FLOAT))")
                        .as("features")).cache();
        Dataset<Row> movieFactors = movies.select(col("id"), concat(movieParts).as("features")).cache();
        return new ALSModel("als-mean-of-" + fits, fits * parameters.rank(), userFactors, movieFactors)
                .setUserCol(USER).setItemCol(MOVIE).setColdStartStrategy("drop");
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
