package io.movierecs.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.trim;

import io.movierecs.contracts.MovieLensCsv;
import io.movierecs.contracts.RatingScale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads ratings CSVs ({@link MovieLensCsv#RATINGS_HEADER} with a header; CRLF and gzip are handled
 * by Spark's reader) through Spark's file system, so s3:// works on EMR. A rating off the
 * {@link RatingScale} is dropped like a malformed line.
 */
final class RatingsSource {
    static final StructType CSV_SCHEMA = new StructType()
            .add(MovieLensCsv.USER_ID, DataTypes.LongType)
            .add(MovieLensCsv.MOVIE_ID, DataTypes.IntegerType)
            .add(MovieLensCsv.RATING, DataTypes.FloatType)
            .add(MovieLensCsv.TIMESTAMP, DataTypes.LongType);

    private RatingsSource() {
    }

    /** MovieLens {@code ratings.csv} under a directory; it must hold at least one valid rating. */
    static Dataset<Row> movielens(SparkSession spark, String directory) {
        String path = movielensFile(directory);
        Dataset<Row> ratings = read(spark, path, "--movielens");
        if (ratings.isEmpty()) {
            throw new JobFailedException("--movielens: " + path + " holds no valid ratings");
        }
        return ratings;
    }

    /**
     * The app's snapshot. A snapshot with only its header is a valid app with no ratings yet; one
     * with lines but no valid rating is a broken export and fails the job.
     */
    static Dataset<Row> appSnapshot(SparkSession spark, String path) {
        Dataset<Row> ratings = read(spark, path, "--app-ratings");
        if (ratings.isEmpty() && dataLines(spark, path) > 0) {
            throw new JobFailedException("--app-ratings: " + path + " has lines but no valid ratings"
                    + " (expected " + MovieLensCsv.RATINGS_HEADER + ")");
        }
        return ratings;
    }

    static String movielensFile(String directory) {
        return MovieLensCsv.file(directory, MovieLensCsv.RATINGS_FILE);
    }

    /**
     * Every data row of a ratings CSV, valid or not: the header and blank lines do not count. Less
     * the rows {@link #read} keeps, this is how many the job dropped.
     */
    static long dataRows(SparkSession spark, String path) {
        return spark.read().schema(CSV_SCHEMA).option("header", "true").option("mode", "PERMISSIVE").csv(path).count();
    }

    /** Valid rows as {@code (userId long, movieId int, rating float, timestamp long)}; malformed lines are dropped. */
    static Dataset<Row> read(SparkSession spark, String path, String argument) {
        Dataset<Row> rows;
        try {
            rows = spark.read()
                    .schema(CSV_SCHEMA)
                    .option("header", "true")
                    .option("mode", "DROPMALFORMED")
                    .csv(path);
            rows.isEmpty();
        } catch (Exception e) {
            throw new JobFailedException(argument + ": cannot read " + path + ": " + firstLine(e), e);
        }
        return rows
                .where(col("userId").isNotNull().and(col("userId").gt(0))
                        .and(col("movieId").isNotNull())
                        .and(col("rating").isin(RatingScale.values().toArray())))
                .select("userId", "movieId", "rating", "timestamp");
    }

    private static long dataLines(SparkSession spark, String path) {
        return Math.max(0, spark.read().text(path).where(trim(col("value")).notEqual("")).count() - 1);
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
