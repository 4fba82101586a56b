package io.movierecs.job;

import io.movierecs.contracts.GenreAffinity;
import java.io.Serializable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * How lists are ranked after ALS: the movies' genres, the genre shares of the ratings the model was
 * fitted on, and the weight from {@code --genre-weight}.
 */
record GenreRanking(MovieGenres movies, GenreAffinity affinity, double weight) implements Serializable {

    /** @param ratings {@code (movieId, rating)} the model is fitted on: the training split when evaluating */
    static GenreRanking of(MovieGenres movies, Dataset<Row> ratings, double weight) {
        return new GenreRanking(movies, weight > 0 ? movies.affinity(ratings) : GenreAffinity.none(), weight);
    }

    /** The same movies and shares, ranked with another weight. */
    GenreRanking withWeight(double newWeight) {
        return new GenreRanking(movies, affinity, newWeight);
    }
}
