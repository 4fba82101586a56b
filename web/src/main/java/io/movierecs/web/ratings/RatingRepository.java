package io.movierecs.web.ratings;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Singleton
class RatingRepository {

    private final JdbcOperations jdbc;

    RatingRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** One statement, so concurrent writes for one user and movie still leave exactly one row. */
    Instant upsert(long userId, int movieId, BigDecimal rating) {
        return jdbc.execute(connection -> {
            try (var statement = connection.prepareStatement("""
                    INSERT INTO ratings (user_id, movie_id, rating) VALUES (?, ?, ?)
                    ON CONFLICT (user_id, movie_id) DO UPDATE SET rating = EXCLUDED.rating, rated_at = now()
                    RETURNING rated_at""")) {
                statement.setLong(1, userId);
                statement.setInt(2, movieId);
                statement.setBigDecimal(3, rating);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getTimestamp(1).toInstant();
                }
            }
        });
    }

    /** One statement for all of them, so the set is written whole or not at all. */
    void upsertAll(long userId, Map<Integer, BigDecimal> chosen) {
        jdbc.execute(connection -> {
            try (var statement = connection.prepareStatement("""
                    INSERT INTO ratings (user_id, movie_id, rating)
                    SELECT ?, chosen.movie_id, chosen.rating FROM unnest(?::int[], ?::numeric[]) AS chosen (movie_id, rating)
                    ON CONFLICT (user_id, movie_id) DO UPDATE SET rating = EXCLUDED.rating, rated_at = now()""")) {
                statement.setLong(1, userId);
                statement.setArray(2, connection.createArrayOf("integer", chosen.keySet().toArray()));
                statement.setArray(3, connection.createArrayOf("numeric", chosen.values().toArray()));
                return statement.executeUpdate();
            }
        });
    }

    boolean delete(long userId, int movieId) {
        return update("DELETE FROM ratings WHERE user_id = ? AND movie_id = ?", userId, movieId) > 0;
    }

    List<RatedMovie> list(long userId) {
        return jdbc.execute(connection -> {
            try (var statement = connection.prepareStatement("""
                    SELECT m.movie_id, m.title, m.year, m.genres, r.rating, r.rated_at
                    FROM ratings r JOIN movies m ON m.movie_id = r.movie_id
                    WHERE r.user_id = ? ORDER BY r.rated_at DESC, m.movie_id""")) {
                statement.setLong(1, userId);
                try (ResultSet rows = statement.executeQuery()) {
                    List<RatedMovie> rated = new ArrayList<>();
                    while (rows.next()) {
                        int year = rows.getInt("year");
                        Integer maybeYear = rows.wasNull() ? null : year;
                        rated.add(new RatedMovie(rows.getInt("movie_id"), rows.getString("title"), maybeYear,
                                List.of((String[]) rows.getArray("genres").getArray()),
                                rows.getDouble("rating"), rows.getTimestamp("rated_at").toInstant()));
                    }
                    return rated;
                }
            }
        });
    }

    Map<Integer, Double> ratingsOf(long userId) {
        return jdbc.execute(connection -> {
            try (var statement = connection.prepareStatement(
                    "SELECT movie_id, rating FROM ratings WHERE user_id = ? ORDER BY movie_id")) {
                statement.setLong(1, userId);
                try (ResultSet rows = statement.executeQuery()) {
                    Map<Integer, Double> ratings = new LinkedHashMap<>();
                    while (rows.next()) {
                        ratings.put(rows.getInt(1), rows.getDouble(2));
                    }
                    return ratings;
                }
            }
        });
    }

    private int update(String sql, Object... parameters) {
        return jdbc.execute(connection -> {
            try (var statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                return statement.executeUpdate();
            }
        });
    }
}
