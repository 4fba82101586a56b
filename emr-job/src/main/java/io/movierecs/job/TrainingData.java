package io.movierecs.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import io.movierecs.contracts.JobArguments;
import io.movierecs.contracts.Manifest;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The loaded inputs: all ratings in ALS ids ({@code user, movieId, rating, timestamp}), the user
 * index that maps them back, their sizes, and how many rows of each input were dropped as
 * malformed or out of range.
 */
record TrainingData(Dataset<Row> ratings, UserIndex index, long movielensRatings, long appRatings,
                    long users, long movies, Manifest.DroppedRows droppedRows) {

    static TrainingData load(SparkSession spark, JobArguments arguments) {
        Dataset<Row> movielens = RatingsSource.movielens(spark, arguments.movielens()).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> app = arguments.appRatings() == null
                ? spark.createDataFrame(List.<Row>of(), RatingsSource.CSV_SCHEMA).select("userId", "movieId", "rating", "timestamp")
                : RatingsSource.appSnapshot(spark, arguments.appRatings()).persist(StorageLevel.MEMORY_AND_DISK());
        UserIndex index = UserIndex.of(movielens, app);
        Dataset<Row> ratings = index.toAlsRatings(movielens, app).persist(StorageLevel.MEMORY_AND_DISK());
        // All four sizes in one pass over the ratings: a Spark job each cost more than the counting.
        Column fromApp = col(AlsTrainer.USER).geq(index.appOffset());
        Row sizes = ratings.agg(count(when(not(fromApp), 1)), count(when(fromApp, 1)),
                countDistinct(col(AlsTrainer.USER)), countDistinct(col(AlsTrainer.MOVIE))).first();
        long movielensCount = sizes.getLong(0);
        long appCount = sizes.getLong(1);
        long users = sizes.getLong(2);
        long movies = sizes.getLong(3);
        long movielensDropped = RatingsSource.dataRows(spark, RatingsSource.movielensFile(arguments.movielens())) - movielensCount;
        long appDropped = arguments.appRatings() == null ? 0 : RatingsSource.dataRows(spark, arguments.appRatings()) - appCount;
        movielens.unpersist();
        app.unpersist();
        return new TrainingData(ratings, index, movielensCount, appCount, users, movies,
                new Manifest.DroppedRows(movielensDropped, appDropped));
    }

    Manifest.Counts counts(Holdout random, Holdout timeAware, long usersWritten) {
        return new Manifest.Counts(movielensRatings + appRatings, movielensRatings, appRatings, users,
                index.appUsers(), movies, random.trainRatings(), random.testRatings(), usersWritten,
                timeAware.trainRatings(), timeAware.testRatings());
    }

    void release() {
        ratings.unpersist();
    }
}
