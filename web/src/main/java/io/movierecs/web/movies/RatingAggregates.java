package io.movierecs.web.movies;

import io.movierecs.contracts.MovieLensCsv;
import io.movierecs.contracts.RatingScale;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/** Per-movie count and sum of MovieLens ratings, built while streaming {@code ratings.csv}. */
final class RatingAggregates {

    record Aggregate(int count, double sum) {
    }

    private final Map<Integer, Aggregate> byMovie = new HashMap<>();
    private long total;

    void add(CSVRecord record) {
        int movieId = MovieLensRow.positiveInt(record.get(MovieLensCsv.MOVIE_ID), MovieLensCsv.MOVIE_ID);
        double rating;
        try {
            rating = Double.parseDouble(record.get(MovieLensCsv.RATING).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("rating is not a number: '" + record.get(MovieLensCsv.RATING) + "'");
        }
        if (!RatingScale.accepts(rating)) {
            throw new IllegalArgumentException("rating " + rating + " is off the scale, " + RatingScale.RANGE);
        }
        byMovie.merge(movieId, new Aggregate(1, rating),
                (a, b) -> new Aggregate(a.count() + b.count(), a.sum() + b.sum()));
        total++;
    }

    Map<Integer, Aggregate> byMovie() {
        return byMovie;
    }

    long total() {
        return total;
    }
}
