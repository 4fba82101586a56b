package io.movierecs.web.recommendations;

import java.util.List;
import java.util.Set;

/** What a user has rated and hidden, read fresh on every request so neither ever comes back. */
record UserMovies(List<UserRating> ratings, Set<Integer> hidden) {

    boolean excludes(int movieId) {
        return hidden.contains(movieId) || ratings.stream().anyMatch(r -> r.movieId() == movieId);
    }
}
