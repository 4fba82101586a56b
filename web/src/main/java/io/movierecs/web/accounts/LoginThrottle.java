package io.movierecs.web.accounts;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.movierecs.web.system.TooManyAttemptsException;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Locale;

/**
 * Slows down password guessing on one account: after a few failures in a row each further attempt
 * must wait, twice as long each time, up to a ceiling. Nothing locks an account for good, and a
 * successful login clears the count. The count lives in PostgreSQL ({@code login_failures}, on the
 * database's clock), so it holds across every instance behind the load balancer.
 */
@Singleton
class LoginThrottle {
    private static final String WAIT = """
            SELECT EXTRACT(EPOCH FROM blocked_until - now()) FROM login_failures
            WHERE email = ? AND updated_at >= now() - make_interval(secs => ?)""";
    private static final String COUNT_FAILURE = """
            INSERT INTO login_failures AS f (email, failures, blocked_until, updated_at) VALUES (?, 1, now(), now())
            ON CONFLICT (email) DO UPDATE SET
                failures = CASE WHEN f.updated_at < now() - make_interval(secs => ?) THEN 1 ELSE f.failures + 1 END,
                updated_at = now()
            RETURNING failures""";
    private static final String BLOCK = """
            UPDATE login_failures SET blocked_until = now() + make_interval(secs => ?) WHERE email = ?""";
    private static final String FORGET_OLD = "DELETE FROM login_failures WHERE updated_at < now() - make_interval(secs => ?)";
    private static final String FORGET = "DELETE FROM login_failures WHERE email = ?";

    private final LoginThrottleSettings settings;
    private final JdbcOperations jdbc;
    /** Failures older than this count as none: twice the longest wait. */
    private final double windowSeconds;

    LoginThrottle(LoginThrottleSettings settings, JdbcOperations jdbc) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.windowSeconds = settings.getMaxDelay().multipliedBy(2).toMillis() / 1000.0;
    }

    void checkAllowed(String email) {
        double waitSeconds = jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(WAIT)) {
                statement.setString(1, key(email));
                statement.setDouble(2, windowSeconds);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? rows.getDouble(1) : 0.0;
                }
            }
        });
        if (waitSeconds > 0) {
            long seconds = Math.max(1, (long) Math.ceil(waitSeconds));
            throw new TooManyAttemptsException("Too many failed logins for this account; try again in "
                    + seconds + " seconds", Duration.ofSeconds(seconds));
        }
    }

    void recordFailure(String email) {
        jdbc.execute(connection -> {
            int failures;
            try (PreparedStatement statement = connection.prepareStatement(COUNT_FAILURE)) {
                statement.setString(1, key(email));
                statement.setDouble(2, windowSeconds);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    failures = rows.getInt(1);
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(BLOCK)) {
                statement.setDouble(1, delayAfter(failures).toMillis() / 1000.0);
                statement.setString(2, key(email));
                statement.executeUpdate();
            }
            try (PreparedStatement statement = connection.prepareStatement(FORGET_OLD)) {
                statement.setDouble(1, windowSeconds);
                return statement.executeUpdate();
            }
        });
    }

    void recordSuccess(String email) {
        jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(FORGET)) {
                statement.setString(1, key(email));
                return statement.executeUpdate();
            }
        });
    }

    private Duration delayAfter(int count) {
        int beyondFree = count - settings.getFreeAttempts();
        if (beyondFree < 0) {
            return Duration.ZERO;
        }
        Duration delay = settings.getBaseDelay().multipliedBy(1L << Math.min(beyondFree, 20));
        return delay.compareTo(settings.getMaxDelay()) > 0 ? settings.getMaxDelay() : delay;
    }

    private static String key(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
