package io.movierecs.web.recommendations;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a user has rated and hidden, read fresh on every request so neither ever comes back. */
record UserMovies(List<UserRating> ratings, Set<Integer> hidden, Set<Integer> excluded) {

    UserMovies(List<UserRating> ratings, Set<Integer> hidden) {
        this(List.copyOf(ratings), Set.copyOf(hidden), excludedOf(ratings, hidden));
    }

    boolean excludes(int movieId) {
        return excluded.contains(movieId);
    }

    private static Set<Integer> excludedOf(List<UserRating> ratings, Set<Integer> hidden) {
        Set<Integer> excluded = new HashSet<>(hidden);
        ratings.forEach(r -> excluded.add(r.movieId()));
        return excluded;
    }
}
