package io.movierecs.web.recommendations;

import io.micronaut.cache.SyncCache;
import io.micronaut.core.type.Argument;
import io.movierecs.contracts.PopularMovie;
import io.movierecs.web.movies.Movie;
import io.movierecs.web.movies.MovieCatalogue;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue as recommendations read it on every request: titles, years and genres through an
 * in-process cache, since a recommendation list names a dozen movies that rarely change.
 */
@Singleton
class CachedMovies {
    private static final Argument<Movie> MOVIE = Argument.of(Movie.class);

    private final MovieCatalogue catalogue;
    private final SyncCache<?> cache;

    CachedMovies(MovieCatalogue catalogue, @Named("movie-summaries") SyncCache<?> cache) {
        this.catalogue = catalogue;
        this.cache = cache;
    }

    /** Movies not in the catalogue are absent from the map. */
    Map<Integer, Movie> byIds(Collection<Integer> movieIds) {
        Map<Integer, Movie> found = new HashMap<>();
        List<Integer> missing = new ArrayList<>();
        for (Integer movieId : movieIds) {
            cache.get(movieId, MOVIE).ifPresentOrElse(movie -> found.put(movieId, movie), () -> missing.add(movieId));
        }
        if (!missing.isEmpty()) {
            Map<Integer, Movie> loaded = catalogue.findByIds(missing);
            loaded.forEach(cache::put);
            found.putAll(loaded);
        }
        return found;
    }

    boolean exists(int movieId) {
        return !byIds(List.of(movieId)).isEmpty();
    }

    /**
     * Before any model: the catalogue's most rated movies (MovieLens and app ratings together),
     * scored as a model's popular list is, so the scores keep their scale when the first model arrives.
     */
    List<PopularMovie> popularByRatings(int limit) {
        List<Movie> popular = catalogue.popular(limit);
        long mostRatings = popular.isEmpty() ? 0 : popular.get(0).ratingCount();
        return popular.stream()
                .map(m -> PopularMovie.of(m.movieId(), m.ratingCount(),
                        m.averageRating() == null ? 0 : m.averageRating(), mostRatings))
                .toList();
    }
}
