package io.movierecs.web.movies;

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
        int movieId = MovieLensRow.positiveInt(record.get("movieId"), "movieId");
        double rating;
        try {
            rating = Double.parseDouble(record.get("rating").trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("rating is not a number: '" + record.get("rating") + "'");
        }
        if (!(rating >= 0.5 && rating <= 5.0)) {
            throw new IllegalArgumentException("rating " + rating + " is outside 0.5..5.0");
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
