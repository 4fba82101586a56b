package io.movierecs.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.trim;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads ratings CSVs ({@code userId,movieId,rating,timestamp} with a header; CRLF and gzip are
 * handled by Spark's reader) through Spark's file system, so s3:// works on EMR.
 */
final class RatingsSource {
    static final StructType CSV_SCHEMA = new StructType()
            .add("userId", DataTypes.LongType)
            .add("movieId", DataTypes.IntegerType)
            .add("rating", DataTypes.FloatType)
            .add("timestamp", DataTypes.LongType);

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
                    + " (expected userId,movieId,rating,timestamp)");
        }
        return ratings;
    }

    static String movielensFile(String directory) {
        return directory.endsWith("/") ? directory + "ratings.csv" : directory + "/ratings.csv";
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
                        .and(col("rating").gt(0)).and(col("rating").leq(5)))
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
