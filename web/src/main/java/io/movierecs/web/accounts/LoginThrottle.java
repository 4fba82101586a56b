package io.movierecs.web.accounts;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.movierecs.web.system.TooManyAttemptsException;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Locale;

/**
 * Slows down password guessing: after a few failures in a row from one client address on one
 * account, each further attempt from there must wait, twice as long each time, up to a ceiling.
 * The owner logging in from elsewhere is not held back, so nobody can keep an account locked.
 * Each attempt is counted as a failure in one atomic statement before the password is checked
 * (and forgotten when it proves right), so parallel guesses cannot slip past the count; a refused
 * attempt costs no password hashing. Counts live in PostgreSQL, on its clock, across all instances.
 */
@Singleton
class LoginThrottle {
    private static final String WAIT = """
            SELECT EXTRACT(EPOCH FROM blocked_until - now()) FROM login_failures WHERE email = ? AND client = ?""";
    private static final String FORGET = "DELETE FROM login_failures WHERE (email = ? AND client = ?) OR updated_at < now() - %s";

    private final JdbcOperations jdbc;
    private final String reserve;
    private final String forget;

    LoginThrottle(LoginThrottleSettings settings, JdbcOperations jdbc) {
        this.jdbc = jdbc;
        // Failures older than the window count as none: twice the longest wait.
        String window = interval(settings.getMaxDelay().multipliedBy(2));
        String count = "CASE WHEN f.updated_at < now() - " + window + " THEN 1 ELSE f.failures + 1 END";
        this.reserve = """
                INSERT INTO login_failures AS f (email, client, failures, blocked_until, updated_at)
                VALUES (?, ?, 1, now() + %s, now())
                ON CONFLICT (email, client) DO UPDATE SET failures = %s, blocked_until = now() + %s, updated_at = now()
                WHERE f.blocked_until <= now() OR f.updated_at < now() - %s
                RETURNING failures""".formatted(delay("1", settings), count, delay(count, settings), window);
        this.forget = FORGET.formatted(window);
    }

    /** Counts this attempt as a failure, or refuses it (429) while this client must wait. */
    void reserveAttempt(String email, String client) {
        boolean counted = jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(reserve)) {
                statement.setString(1, key(email));
                statement.setString(2, client);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next();
                }
            }
        });
        if (!counted) {
            long seconds = Math.max(1, (long) Math.ceil(waitSeconds(email, client)));
            throw new TooManyAttemptsException("Too many failed logins for this account from your address; try again in "
                    + seconds + " seconds", Duration.ofSeconds(seconds));
        }
    }

    /** The password was right: this client's count for the account starts afresh. */
    void succeeded(String email, String client) {
        jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(forget)) {
                statement.setString(1, key(email));
                statement.setString(2, client);
                return statement.executeUpdate();
            }
        });
    }

    private double waitSeconds(String email, String client) {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(WAIT)) {
                statement.setString(1, key(email));
                statement.setString(2, client);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? rows.getDouble(1) : 1.0;
                }
            }
        });
    }

    /** SQL for the wait after {@code failures} failures: none while free, then doubling to the ceiling. */
    private static String delay(String failures, LoginThrottleSettings settings) {
        double base = settings.getBaseDelay().toMillis() / 1000.0;
        double max = settings.getMaxDelay().toMillis() / 1000.0;
        int free = settings.getFreeAttempts();
        return "make_interval(secs => CASE WHEN (%s) < %d THEN 0 ELSE LEAST(%s, %s * power(2, LEAST((%s) - %d, 20))) END)"
                .formatted(failures, free, max, base, failures, free);
    }

    private static String interval(Duration duration) {
        return "make_interval(secs => " + duration.toMillis() / 1000.0 + ")";
    }

    private static String key(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
