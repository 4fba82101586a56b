package io.movierecs.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;

/**
 * The time-aware holdout: each user's most recent ratings are held out, as serving asks a model to
 * predict what a user rates next from what they rated before. A user with {@code n >= 2} ratings
 * holds out {@code max(1, floor(share * n))} of them, the latest by timestamp (equal timestamps: the
 * higher movie id counts as later, so the split is the same on every run); a user with one rating
 * keeps it for training. A rating without a timestamp counts as older than any with one.
 */
final class TimeAwareSplit {
    private static final String RECENCY = "recency";
    private static final String RATED = "rated";
    private static final String HELD_OUT = "heldOut";

    private TimeAwareSplit() {
    }

    /**
     * Train and test parts of {@code ratings} ({@code user, movieId, rating, timestamp}), with the same
     * columns. Both read one persisted marking of the ratings: {@link Split#release()} frees it.
     */
    static Split of(Dataset<Row> ratings, double share) {
        WindowSpec newestFirst = Window.partitionBy(AlsTrainer.USER)
                .orderBy(col(AlsTrainer.TIME).desc_nulls_last(), col(AlsTrainer.MOVIE).desc());
        Dataset<Row> marked = ratings
                .withColumn(RECENCY, row_number().over(newestFirst))
                .withColumn(RATED, count("*").over(Window.partitionBy(AlsTrainer.USER)))
                .withColumn(HELD_OUT, col(RECENCY).leq(heldOutCount(col(RATED), share)))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Column[] columns = columns(ratings.columns());
        return new Split(marked.where(not(col(HELD_OUT))).select(columns), marked.where(col(HELD_OUT)).select(columns),
                marked);
    }

    /** How many of a user's {@code rated} ratings are held out. */
    static Column heldOutCount(Column rated, double share) {
        return when(rated.lt(2), lit(0)).otherwise(greatest(lit(1), floor(rated.multiply(share))));
    }

    private static Column[] columns(String[] names) {
        Column[] columns = new Column[names.length];
        for (int i = 0; i < names.length; i++) {
            columns[i] = col(names[i]);
        }
        return columns;
    }

    record Split(Dataset<Row> train, Dataset<Row> test, Dataset<Row> marked) {
        /** {@code ratings} without the ones this split holds out (matched on user and movie). */
        Dataset<Row> withoutTest(Dataset<Row> ratings) {
            Dataset<Row> heldOut = test.select(col(AlsTrainer.USER).as("heldOutUser"), col(AlsTrainer.MOVIE).as("heldOutMovie"));
            return ratings.join(heldOut, ratings.col(AlsTrainer.USER).equalTo(heldOut.col("heldOutUser"))
                    .and(ratings.col(AlsTrainer.MOVIE).equalTo(heldOut.col("heldOutMovie"))), "left_anti");
        }

        void release() {
            marked.unpersist();
        }
    }
}
