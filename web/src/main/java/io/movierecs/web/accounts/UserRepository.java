package io.movierecs.web.accounts;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.OptionalLong;

@Singleton
class UserRepository {

    private static final String COLUMNS = "id, email, password_hash, display_name, onboarded_at";

    private final JdbcOperations jdbc;

    UserRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The new user's id, or empty when the email is taken whatever its case. */
    OptionalLong insert(String email, String passwordHash, String displayName) {
        return jdbc.execute(connection -> {
            try (var statement = connection.prepareStatement("""
                    INSERT INTO users (email, password_hash, display_name) VALUES (?, ?, ?)
                    ON CONFLICT (lower(email)) DO NOTHING RETURNING id""")) {
                statement.setString(1, email);
                statement.setString(2, passwordHash);
                statement.setString(3, displayName);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
                }
            }
        });
    }

    Optional<User> findByEmail(String email) {
        return findOne("SELECT " + COLUMNS + " FROM users WHERE lower(email) = lower(?)", email);
    }

    Optional<User> findById(long id) {
        return findOne("SELECT " + COLUMNS + " FROM users WHERE id = ?", id);
    }

    void markOnboarded(long id) {
        jdbc.execute(connection -> {
            try (var statement = connection.prepareStatement(
                    "UPDATE users SET onboarded_at = now() WHERE id = ? AND onboarded_at IS NULL")) {
                statement.setLong(1, id);
                return statement.executeUpdate();
            }
        });
    }

    private Optional<User> findOne(String sql, Object parameter) {
        return jdbc.execute(connection -> {
            try (var statement = connection.prepareStatement(sql)) {
                statement.setObject(1, parameter);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(read(rows)) : Optional.empty();
                }
            }
        });
    }

    private static User read(ResultSet rows) throws SQLException {
        Timestamp onboarded = rows.getTimestamp("onboarded_at");
        return new User(rows.getLong("id"), rows.getString("email"), rows.getString("password_hash"),
                rows.getString("display_name"), onboarded == null ? null : onboarded.toInstant());
    }
}
