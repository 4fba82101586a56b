package io.movierecs.web.recommendations;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads a user's ratings and hidden movies in one round trip, and keeps the hidden list. */
@Singleton
class UserMoviesRepository {
    private static final String USER_MOVIES = """
            SELECT movie_id, rating, rated_at FROM ratings WHERE user_id = ?
            UNION ALL
            SELECT movie_id, NULL, hidden_at FROM hidden_movies WHERE user_id = ?""";

    private final JdbcOperations jdbc;

    UserMoviesRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    UserMovies find(long userId) {
        return jdbc.execute(connection -> {
            List<UserRating> ratings = new ArrayList<>();
            Set<Integer> hidden = new HashSet<>();
            try (PreparedStatement statement = connection.prepareStatement(USER_MOVIES)) {
                statement.setLong(1, userId);
                statement.setLong(2, userId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        int movieId = rows.getInt(1);
                        double rating = rows.getDouble(2);
                        if (rows.wasNull()) {
                            hidden.add(movieId);
                        } else {
                            ratings.add(new UserRating(movieId, rating, rows.getTimestamp(3).toInstant()));
                        }
                    }
                }
            }
            return new UserMovies(ratings, hidden);
        });
    }

    /** @return false when the catalogue has no such movie */
    boolean hide(long userId, int movieId) {
        update("""
                INSERT INTO hidden_movies (user_id, movie_id)
                SELECT ?, movie_id FROM movies WHERE movie_id = ?
                ON CONFLICT DO NOTHING""", userId, movieId);
        return find(userId).hidden().contains(movieId);
    }

    void unhide(long userId, int movieId) {
        update("DELETE FROM hidden_movies WHERE user_id = ? AND movie_id = ?", userId, movieId);
    }

    List<Integer> hidden(long userId) {
        return find(userId).hidden().stream().sorted().toList();
    }

    private void update(String sql, long userId, int movieId) {
        jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, userId);
                statement.setInt(2, movieId);
                return statement.executeUpdate();
            }
        });
    }
}
