package io.movierecs.web.recommendations;

import io.movierecs.contracts.PopularMovie;
import io.micronaut.cache.SyncCache;
import io.micronaut.core.type.Argument;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import io.micronaut.data.jdbc.runtime.JdbcOperations;

/** The catalogue as recommendations need it: titles for ids, and popularity before any model. */
@Singleton
class MovieCatalogue {
    /** Ratings a movie is assumed to have at the global mean, so a few fives do not make a hit. */
    private static final int PRIOR_RATINGS = 20;
    private static final String POPULAR = """
            WITH app AS (SELECT movie_id, count(*) AS n, sum(rating) AS s FROM ratings GROUP BY movie_id),
                 totals AS (SELECT m.movie_id, m.ml_rating_count + coalesce(app.n, 0) AS n,
                                   m.ml_rating_sum + coalesce(app.s, 0) AS s
                            FROM movies m LEFT JOIN app USING (movie_id)),
                 prior AS (SELECT coalesce(sum(s) / nullif(sum(n), 0), 3.5) AS mean FROM totals)
            SELECT movie_id, n, s / n, (s + ? * prior.mean) / (n + ?) AS score
            FROM totals, prior WHERE n > 0
            ORDER BY score DESC, n DESC, movie_id LIMIT ?""";

    private static final Argument<MovieSummary> SUMMARY = Argument.of(MovieSummary.class);

    private final JdbcOperations jdbc;
    private final SyncCache<?> cache;

    MovieCatalogue(JdbcOperations jdbc, @Named("movie-summaries") SyncCache<?> cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    /** Titles, years and genres by id; movies not in the catalogue are absent from the map. */
    Map<Integer, MovieSummary> summaries(Collection<Integer> movieIds) {
        Map<Integer, MovieSummary> found = new HashMap<>();
        List<Integer> missing = new ArrayList<>();
        for (Integer movieId : movieIds) {
            cache.get(movieId, SUMMARY).ifPresentOrElse(movie -> found.put(movieId, movie), () -> missing.add(movieId));
        }
        if (!missing.isEmpty()) {
            Map<Integer, MovieSummary> loaded = load(missing);
            loaded.forEach(cache::put);
            found.putAll(loaded);
        }
        return found;
    }

    private Map<Integer, MovieSummary> load(Collection<Integer> movieIds) {
        return jdbc.execute(connection -> {
            Map<Integer, MovieSummary> found = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT movie_id, title, year, genres FROM movies WHERE movie_id = ANY (?)")) {
                statement.setArray(1, connection.createArrayOf("integer", movieIds.toArray()));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        int year = rows.getInt(3);
                        Integer knownYear = rows.wasNull() ? null : year;
                        found.put(rows.getInt(1), new MovieSummary(rows.getInt(1), rows.getString(2), knownYear,
                                List.of((String[]) rows.getArray(4).getArray())));
                    }
                }
            }
            return found;
        });
    }

    /** The most popular movies by MovieLens and app ratings together, best first. */
    List<PopularMovie> popularByRatings(int limit) {
        return jdbc.execute(connection -> {
            List<PopularMovie> popular = new ArrayList<>(limit);
            try (PreparedStatement statement = connection.prepareStatement(POPULAR)) {
                statement.setInt(1, PRIOR_RATINGS);
                statement.setInt(2, PRIOR_RATINGS);
                statement.setInt(3, limit);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        popular.add(new PopularMovie(rows.getInt(1), rows.getLong(2), rows.getDouble(3),
                                rows.getDouble(4)));
                    }
                }
            }
            return popular;
        });
    }
}
