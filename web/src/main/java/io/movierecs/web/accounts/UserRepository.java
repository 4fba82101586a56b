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

    private static final String COLUMNS = "id, email, password_hash, display_name, onboarded_at, role, session_version";

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

    Optional<SessionState> findSession(long id) {
        return jdbc.execute(connection -> {
            try (var statement = connection.prepareStatement(
                    "SELECT email, display_name, role, session_version FROM users WHERE id = ?")) {
                statement.setLong(1, id);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(new SessionState(id, rows.getString(1), rows.getString(2),
                            rows.getString(3), rows.getInt(4))) : Optional.empty();
                }
            }
        });
    }

    void raiseSessionVersion(long id) {
        update("UPDATE users SET session_version = session_version + 1 WHERE id = ?", id);
    }

    /** Ends the user's sessions with the new password, in one statement. */
    void changePassword(long id, String passwordHash) {
        update("UPDATE users SET password_hash = ?, session_version = session_version + 1 WHERE id = ?", passwordHash, id);
    }

    /**
     * Sets the role of the account with this email; a demotion also ends its sessions.
     * @return the user's id, or empty when no account has that email
     */
    OptionalLong setRole(String email, String role) {
        return jdbc.execute(connection -> {
            try (var statement = connection.prepareStatement("""
                    UPDATE users SET role = ?,
                        session_version = session_version + CASE WHEN role = 'ADMIN' AND ? <> 'ADMIN' THEN 1 ELSE 0 END
                    WHERE lower(email) = lower(?) RETURNING id""")) {
                statement.setString(1, role);
                statement.setString(2, role);
                statement.setString(3, email);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
                }
            }
        });
    }

    void markOnboarded(long id) {
        update("UPDATE users SET onboarded_at = now() WHERE id = ? AND onboarded_at IS NULL", id);
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
                rows.getString("display_name"), onboarded == null ? null : onboarded.toInstant(),
                rows.getString("role"), rows.getInt("session_version"));
    }
}
