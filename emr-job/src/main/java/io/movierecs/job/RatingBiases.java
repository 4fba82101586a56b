package io.movierecs.job;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * The explicit model's baseline: the global mean plus a regularised bias per user and per movie
 * (how much more generous a user is, how much better a movie is liked, than the mean), fitted by
 * alternating damped means. ALS then fits only what the biases leave. The biases go into the
 * factors (user {@code [u, mean + bu, 1]}, movie {@code [v, 1, bi]}), so a plain dot product, in
 * Spark's {@code transform}, the job's lists and the web app's fold-in alike, predicts
 * {@code mean + bu + bi + u.v}.
 */
record RatingBiases(double mean, Dataset<Row> users, Dataset<Row> movies) {
    static final String USER_BIAS = "userBias";
    static final String MOVIE_BIAS = "movieBias";
    /** Ratings' worth of the mean a user's or movie's bias is pulled toward (Koren's lambda). */
    static final double USER_DAMPING = 5;
    static final double MOVIE_DAMPING = 10;
    private static final int ROUNDS = 3;

    /** @param ratings {@code (user, movieId, rating)} */
    static RatingBiases fit(Dataset<Row> ratings) {
        return fit(ratings, ROUNDS, USER_DAMPING, MOVIE_DAMPING);
    }

    /** Movie biases first (users' at 0), then users', {@code rounds} times. */
    static RatingBiases fit(Dataset<Row> ratings, int rounds, double userDamping, double movieDamping) {
        Row overall = ratings.agg(avg(AlsTrainer.RATING)).first();
        double mean = overall.isNullAt(0) ? 0 : overall.getDouble(0);
        Dataset<Row> users = ratings.select(AlsTrainer.USER).distinct().withColumn(USER_BIAS, lit(0.0));
        Dataset<Row> movies = null;
        for (int round = 0; round < rounds; round++) {
            Dataset<Row> nextMovies = damped(ratings.join(users, AlsTrainer.USER), AlsTrainer.MOVIE, mean, USER_BIAS,
                    MOVIE_BIAS, movieDamping);
            Dataset<Row> nextUsers = damped(ratings.join(nextMovies, AlsTrainer.MOVIE), AlsTrainer.USER, mean,
                    MOVIE_BIAS, USER_BIAS, userDamping);
            release(movies);
            release(round == 0 ? null : users);
            movies = nextMovies;
            users = nextUsers;
        }
        return new RatingBiases(mean, users, movies);
    }

    /** {@code ratings} with what the mean and biases leave of each rating as the rating. */
    Dataset<Row> residuals(Dataset<Row> ratings) {
        return ratings.join(users, AlsTrainer.USER).join(movies, AlsTrainer.MOVIE)
                .withColumn(AlsTrainer.RATING, col(AlsTrainer.RATING).minus(lit(mean)).minus(col(USER_BIAS))
                        .minus(col(MOVIE_BIAS)).cast("float"))
                .select(AlsTrainer.USER, AlsTrainer.MOVIE, AlsTrainer.RATING);
    }

    /** The residual model with the mean and biases folded into its factors (rank + 2). */
    ALSModel around(ALSModel residual) {
        Dataset<Row> userFactors = residual.userFactors()
                .join(users.withColumnRenamed(AlsTrainer.USER, "id"), "id", "left")
                .select(col("id"), concat(col("features"), array(
                        coalesce(col(USER_BIAS), lit(0.0)).plus(lit(mean)).cast("float"), lit(1f))).as("features"));
        Dataset<Row> itemFactors = residual.itemFactors()
                .join(movies.withColumnRenamed(AlsTrainer.MOVIE, "id"), "id", "left")
                .select(col("id"), concat(col("features"), array(lit(1f),
                        coalesce(col(MOVIE_BIAS), lit(0.0)).cast("float"))).as("features"));
        return new ALSModel(residual.uid(), residual.rank() + 2,
                userFactors.persist(StorageLevel.MEMORY_AND_DISK()), itemFactors.persist(StorageLevel.MEMORY_AND_DISK()))
                .setUserCol(AlsTrainer.USER).setItemCol(AlsTrainer.MOVIE).setColdStartStrategy("drop");
    }

    void release() {
        users.unpersist();
        movies.unpersist();
    }

    /** Per {@code key}: sum(rating - mean - other bias) / (count + damping), cached. */
    private static Dataset<Row> damped(Dataset<Row> joined, String key, double mean, String otherBias, String bias,
                                       double damping) {
        return joined.groupBy(key)
                .agg(sum(col(AlsTrainer.RATING).minus(lit(mean)).minus(col(otherBias)))
                        .divide(count("*").plus(lit(damping))).as(bias))
                .persist(StorageLevel.MEMORY_AND_DISK());
    }

    private static void release(Dataset<Row> frame) {
        if (frame != null) {
            frame.unpersist();
        }
    }
}
