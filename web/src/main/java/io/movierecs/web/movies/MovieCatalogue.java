package io.movierecs.web.movies;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the catalogue: single movies, movies by ids, popular movies (by the combined rating
 * count) and genres. Other features use it for titles and the popular fallback.
 */
// Raw JDBC: every movie is read through MovieRows, the one mapping of year, text[] genres and the rating stats.
@Singleton
public class MovieCatalogue {

    private static final String POPULAR_ORDER =
            " ORDER BY s.rating_count DESC, s.average_rating DESC NULLS LAST, m.movie_id";

    private final JdbcOperations jdbc;

    MovieCatalogue(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Movie> find(int movieId) {
        List<Movie> found = query("SELECT " + MovieRows.COLUMNS + MovieRows.FROM + "WHERE m.movie_id = ?", movieId);
        return found.stream().findFirst();
    }

    public boolean exists(int movieId) {
        return jdbc.execute(connection -> {
            try (var statement = connection.prepareStatement("SELECT 1 FROM movies WHERE movie_id = ?")) {
                statement.setInt(1, movieId);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    /** The movies among {@code movieIds} that exist, in the order asked for, in one query. */
    public Map<Integer, Movie> findByIds(Collection<Integer> movieIds) {
        if (movieIds.isEmpty()) {
            return Map.of();
        }
        List<Movie> found = jdbc.execute(connection -> {
            var ids = connection.createArrayOf("integer", movieIds.toArray());
            return query("SELECT " + MovieRows.COLUMNS + MovieRows.FROM + "WHERE m.movie_id = ANY(?)", ids);
        });
        Map<Integer, Movie> unordered = new HashMap<>();
        found.forEach(movie -> unordered.put(movie.movieId(), movie));
        Map<Integer, Movie> byId = new LinkedHashMap<>();
        movieIds.forEach(id -> Optional.ofNullable(unordered.get(id)).ifPresent(movie -> byId.put(id, movie)));
        return byId;
    }

    /** The most rated movies overall, then best rated. */
    public List<Movie> popular(int limit) {
        return query("SELECT " + MovieRows.COLUMNS + MovieRows.FROM + POPULAR_ORDER + " LIMIT ?", limit);
    }

    /**
     * Popular movies spread over genres, the way MovieLens picks movies for a new member to
     * rate: the top of each genre in turn, skipping what the user has already rated.
     */
    public List<Movie> popularAcrossGenres(int limit, long excludeRatedBy) {
        List<Movie> ranked = query("""
                SELECT * FROM (
                    SELECT %s, row_number() OVER (PARTITION BY g.genre
                               ORDER BY s.rating_count DESC, m.movie_id) AS rank_in_genre
                    %s CROSS JOIN LATERAL unnest(m.genres) AS g(genre)
                    WHERE NOT EXISTS (SELECT 1 FROM ratings r WHERE r.user_id = ? AND r.movie_id = m.movie_id)
                ) ranked WHERE rank_in_genre <= ? ORDER BY rank_in_genre, rating_count DESC, movie_id
                """.formatted(MovieRows.COLUMNS, MovieRows.FROM), excludeRatedBy, limit);
        Map<Integer, Movie> distinct = new LinkedHashMap<>();
        ranked.forEach(movie -> distinct.putIfAbsent(movie.movieId(), movie));
        return distinct.values().stream().limit(limit).toList();
    }

    /** The rating {@code userId} gave {@code movieId}, for the movie page. */
    public Optional<Double> ratingBy(long userId, int movieId) {
        return jdbc.execute(connection -> {
            try (var statement = connection.prepareStatement(
                    "SELECT rating FROM ratings WHERE user_id = ? AND movie_id = ?")) {
                statement.setLong(1, userId);
                statement.setInt(2, movieId);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getDouble(1)) : Optional.<Double>empty();
                }
            }
        });
    }

    public List<String> genres() {
        return jdbc.execute(connection -> {
            try (var statement = connection.prepareStatement(
                    "SELECT DISTINCT unnest(genres) AS genre FROM movies ORDER BY genre");
                 ResultSet rows = statement.executeQuery()) {
                List<String> genres = new ArrayList<>();
                while (rows.next()) {
                    genres.add(rows.getString(1));
                }
                return genres;
            }
        });
    }

    /** Every movie's genres, for the recommender's genre step; movies without genres are left out. */
    public Map<Integer, List<String>> genresById() {
        return jdbc.execute(connection -> {
            try (var statement = connection.prepareStatement(
                    "SELECT movie_id, genres FROM movies WHERE cardinality(genres) > 0");
                 ResultSet rows = statement.executeQuery()) {
                Map<Integer, List<String>> genres = new HashMap<>();
                while (rows.next()) {
                    genres.put(rows.getInt(1), List.of((String[]) rows.getArray(2).getArray()));
                }
                return genres;
            }
        });
    }

    public long count() {
        return jdbc.execute(connection -> {
            try (var statement = connection.prepareStatement("SELECT count(*) FROM movies");
                 ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private List<Movie> query(String sql, Object... parameters) {
        return jdbc.execute(connection -> {
            try (var statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    List<Movie> movies = new ArrayList<>();
                    while (rows.next()) {
                        movies.add(MovieRows.read(rows));
                    }
                    return movies;
                }
            }
        });
    }
}
