package io.movierecs.web.ratings;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.movierecs.contracts.Metrics;
import io.movierecs.web.movies.Movie;
import io.movierecs.web.movies.MovieCatalogue;
import io.movierecs.web.system.ProblemException;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A user's own ratings. Each write is a single auto-committed statement, so {@link RatingChanged}
 * is published once it has returned, i.e. after the commit.
 */
@Singleton
public class RatingService {

    private final RatingRepository ratings;
    private final MovieCatalogue catalogue;
    private final ApplicationEventPublisher<RatingChanged> events;
    private final Counter written;

    RatingService(RatingRepository ratings, MovieCatalogue catalogue, ApplicationEventPublisher<RatingChanged> events,
                  MeterRegistry registry) {
        this.ratings = ratings;
        this.catalogue = catalogue;
        this.events = events;
        this.written = registry.counter(Metrics.RATINGS_WRITTEN);
    }

    public RatedMovie rate(long userId, int movieId, BigDecimal rating) {
        BigDecimal checked = RatingValues.check(rating);
        Movie movie = catalogue.find(movieId)
                .orElseThrow(() -> ProblemException.notFound("There is no movie with id " + movieId));
        ratings.upsert(userId, movieId, checked);
        Instant ratedAt = ratings.findRatedAt(userId, movieId).orElseThrow();
        written.increment();
        events.publishEvent(new RatingChanged(userId, movieId));
        return new RatedMovie(movieId, movie.title(), movie.year(), movie.genres(), checked.doubleValue(), ratedAt);
    }

    /**
     * Creates or replaces several ratings in one statement: all of them, or none when a movie is
     * unknown or a value is off the scale.
     */
    public void rateAll(long userId, Map<Integer, BigDecimal> chosen) {
        if (chosen.isEmpty()) {
            return;
        }
        Map<Integer, BigDecimal> checked = new LinkedHashMap<>();
        chosen.forEach((movieId, rating) -> checked.put(movieId, RatingValues.check(rating)));
        Set<Integer> known = catalogue.findByIds(checked.keySet()).keySet();
        checked.keySet().stream().filter(movieId -> !known.contains(movieId)).findFirst().ifPresent(movieId -> {
            throw ProblemException.notFound("There is no movie with id " + movieId);
        });
        ratings.upsertAll(userId, checked.keySet().toArray(Integer[]::new),
                checked.values().stream().map(BigDecimal::doubleValue).toArray(Double[]::new));
        written.increment(checked.size());
        checked.keySet().forEach(movieId -> events.publishEvent(new RatingChanged(userId, movieId)));
    }

    /** Removes the rating; false when there was none. */
    public boolean remove(long userId, int movieId) {
        requireMovie(movieId);
        boolean removed = ratings.delete(userId, movieId) > 0;
        if (removed) {
            events.publishEvent(new RatingChanged(userId, movieId));
        }
        return removed;
    }

    public List<RatedMovie> list(long userId) {
        List<Rating> rated = ratings.findByUser(userId);
        Map<Integer, Movie> movies = catalogue.findByIds(rated.stream().map(Rating::movieId).toList());
        return rated.stream().map(rating -> {
            Movie movie = movies.get(rating.movieId());
            return new RatedMovie(movie.movieId(), movie.title(), movie.year(), movie.genres(),
                    rating.rating().doubleValue(), rating.ratedAt());
        }).toList();
    }

    /** The user's rated movie ids with their ratings, by movie id. */
    public Map<Integer, Double> ratingsOf(long userId) {
        Map<Integer, Double> byMovie = new TreeMap<>();
        ratings.findByUser(userId).forEach(rating -> byMovie.put(rating.movieId(), rating.rating().doubleValue()));
        return byMovie;
    }

    private void requireMovie(int movieId) {
        if (!catalogue.exists(movieId)) {
            throw ProblemException.notFound("There is no movie with id " + movieId);
        }
    }
}
