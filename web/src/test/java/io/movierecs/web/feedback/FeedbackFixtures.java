package io.movierecs.web.feedback;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** Users, movies, ratings and hides written straight into the database, at chosen times. */
final class FeedbackFixtures {
    static final int FIRST_MOVIE = 60_000_000;

    private final JdbcOperations jdbc;

    FeedbackFixtures(JdbcOperations jdbc) {
        this.jdbc = jdbc;
        for (int i = 0; i < 20; i++) {
            update("INSERT INTO movies (movie_id, title) VALUES (?, ?) ON CONFLICT DO NOTHING", FIRST_MOVIE + i, "Feedback Film " + i);
        }
    }

    long user() {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO users (email, password_hash, display_name) VALUES (?, 'x', 'Feedback') RETURNING id")) {
                statement.setString(1, "feedback-" + UUID.randomUUID() + "@example.com");
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    void rate(long userId, int movieId, double rating, Instant at) {
        update("INSERT INTO ratings (user_id, movie_id, rating, rated_at) VALUES (?, ?, ?, ?)", userId, movieId, rating,
                Timestamp.from(at));
    }

    void hide(long userId, int movieId, Instant at) {
        update("INSERT INTO hidden_movies (user_id, movie_id, hidden_at) VALUES (?, ?, ?)", userId, movieId, Timestamp.from(at));
    }

    long count(String sql, Object... args) {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, args);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    static String modelVersion() {
        return "run-feedback-" + UUID.randomUUID();
    }

    private void update(String sql, Object... args) {
        jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, args);
                return statement.executeUpdate();
            }
        });
    }

    private static void bind(PreparedStatement statement, Object... args) throws java.sql.SQLException {
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
    }
}
