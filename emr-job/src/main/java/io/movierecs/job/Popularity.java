package io.movierecs.job;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;

import io.movierecs.contracts.PopularMovie;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Movies ranked by how many ratings they have, ties to the higher mean rating and then the lower
 * movie id (the order of the web app's catalogue before any model, so a list does not reshuffle at
 * the first model): the baseline every model is judged against, and the list the web app shows a
 * user with no ratings.
 */
final class Popularity implements Serializable {
    private final int[] movieIds;
    private final long[] ratings;
    private final double[] meanRatings;

    private Popularity(int[] movieIds, long[] ratings, double[] meanRatings) {
        this.movieIds = movieIds;
        this.ratings = ratings;
        this.meanRatings = meanRatings;
    }

    static Popularity of(Dataset<Row> ratings) {
        List<Row> rows = ratings.groupBy(AlsTrainer.MOVIE)
                .agg(count("*").as("ratings"), avg(AlsTrainer.RATING).as("mean"))
                .orderBy(col("ratings").desc(), col("mean").desc(), col(AlsTrainer.MOVIE).asc())
                .collectAsList();
        int[] ids = new int[rows.size()];
        long[] counts = new long[rows.size()];
        double[] means = new double[rows.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = rows.get(i).getInt(0);
            counts[i] = rows.get(i).getLong(1);
            means[i] = rows.get(i).getDouble(2);
        }
        return new Popularity(ids, counts, means);
    }

    /** The most popular {@code n} movies the user has not seen, scored as {@link PopularMovie#score}. */
    TopN top(int[] seen, int n) {
        Set<Integer> excluded = new HashSet<>(seen.length * 2);
        for (int movieId : seen) {
            excluded.add(movieId);
        }
        int[] ids = new int[n];
        float[] scores = new float[n];
        int found = 0;
        for (int i = 0; i < movieIds.length && found < n; i++) {
            if (!excluded.contains(movieIds[i])) {
                ids[found] = movieIds[i];
                scores[found] = (float) PopularMovie.score(ratings[i], ratings[0]);
                found++;
            }
        }
        return new TopN(Arrays.copyOf(ids, found), Arrays.copyOf(scores, found));
    }

    List<PopularMovie> list(int limit) {
        List<PopularMovie> list = new ArrayList<>(Math.min(limit, movieIds.length));
        for (int i = 0; i < movieIds.length && i < limit; i++) {
            list.add(PopularMovie.of(movieIds[i], ratings[i], meanRatings[i], ratings[0]));
        }
        return list;
    }

    int movies() {
        return movieIds.length;
    }

    /** Novelty and diversity of lists, with each movie's rating count here as its raters among {@code users}. */
    BeyondAccuracy beyondAccuracy(long users, MovieGenres genres) {
        int[] order = IntStream.range(0, movieIds.length).boxed()
                .sorted(Comparator.comparingInt(i -> movieIds[i])).mapToInt(Integer::intValue).toArray();
        int[] ids = new int[order.length];
        long[] raters = new long[order.length];
        for (int i = 0; i < order.length; i++) {
            ids[i] = movieIds[order[i]];
            raters[i] = ratings[order[i]];
        }
        return new BeyondAccuracy(ids, raters, users, genres);
    }
}
