package io.movierecs.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import io.movierecs.contracts.GenreAffinity;
import io.movierecs.contracts.MovieLensCsv;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Each movie's genres from MovieLens {@code movies.csv} ({@code movieId,title,genres}, the genres
 * read by {@link MovieLensCsv#genres}), as bit masks over the genre names in alphabetical order. A directory without
 * {@code movies.csv} (a synthetic benchmark set) has no genres, and the lists are ALS alone.
 */
final class MovieGenres implements Serializable {
    private static final StructType SCHEMA = new StructType()
            .add("movieId", DataTypes.IntegerType)
            .add("title", DataTypes.StringType)
            .add("genres", DataTypes.StringType);

    private final List<String> names;
    private final Map<Integer, Integer> masks;

    private MovieGenres(List<String> names, Map<Integer, Integer> masks) {
        this.names = names;
        this.masks = masks;
    }

    static MovieGenres none() {
        return new MovieGenres(List.of(), Map.of());
    }

    static MovieGenres load(SparkSession spark, String movielensDirectory) {
        String path = MovieLensCsv.file(movielensDirectory, MovieLensCsv.MOVIES_FILE);
        if (!exists(spark, path)) {
            return none();
        }
        List<Row> rows = spark.read().schema(SCHEMA).option("header", "true").option("mode", "DROPMALFORMED")
                .csv(path).where(col("movieId").isNotNull().and(col("genres").isNotNull()))
                .select("movieId", "genres").collectAsList();
        Map<Integer, List<String>> byMovie = new HashMap<>(rows.size() * 2);
        for (Row row : rows) {
            byMovie.put(row.getInt(0), MovieLensCsv.genres(row.getString(1)));
        }
        return of(byMovie);
    }

    /** Genres by movie id, from {@code movies.csv} or another catalogue (ml-100k's {@code u.item}). */
    static MovieGenres of(Map<Integer, List<String>> genresByMovie) {
        TreeSet<String> sorted = new TreeSet<>();
        genresByMovie.values().forEach(sorted::addAll);
        List<String> names = List.copyOf(sorted);
        Map<Integer, Integer> masks = new HashMap<>(genresByMovie.size() * 2);
        genresByMovie.forEach((movieId, movieGenres) -> masks.put(movieId, GenreAffinity.mask(names, movieGenres)));
        return new MovieGenres(names, masks);
    }

    /** False when the catalogue listed no genres: the genre step has nothing to work with. */
    boolean known() {
        return !names.isEmpty();
    }

    int mask(int movieId) {
        return masks.getOrDefault(movieId, 0);
    }

    /** The genre shares of {@code ratings} ({@code movieId, rating}), rating-weighted, for {@link GenreAffinity}. */
    GenreAffinity affinity(Dataset<Row> ratings) {
        if (names.isEmpty()) {
            return GenreAffinity.none();
        }
        List<Row> weights = ratings.groupBy(AlsTrainer.MOVIE).agg(sum(AlsTrainer.RATING)).collectAsList();
        int[] movieMasks = new int[weights.size()];
        double[] weight = new double[weights.size()];
        for (int i = 0; i < movieMasks.length; i++) {
            movieMasks[i] = mask(weights.get(i).getInt(0));
            weight[i] = ((Number) weights.get(i).get(1)).doubleValue();
        }
        return new GenreAffinity(names, GenreAffinity.shares(names.size(), movieMasks, weight));
    }

    private static boolean exists(SparkSession spark, String path) {
        try {
            Path file = new Path(path);
            FileSystem fs = file.getFileSystem(spark.sparkContext().hadoopConfiguration());
            return fs.exists(file);
        } catch (IOException e) {
            throw new JobFailedException("--movielens: cannot look for " + path + ": " + e.getMessage(), e);
        }
    }
}
