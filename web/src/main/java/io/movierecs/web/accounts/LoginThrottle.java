package io.movierecs.web.accounts;

import io.movierecs.web.system.TooManyAttemptsException;
import jakarta.inject.Singleton;
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
    private final LoginFailureRepository failures;
    private final int free;
    private final double baseSeconds;
    private final double maxSeconds;
    private final double windowSeconds;

    LoginThrottle(LoginThrottleSettings settings, LoginFailureRepository failures) {
        this.failures = failures;
        this.free = settings.getFreeAttempts();
        this.baseSeconds = seconds(settings.getBaseDelay());
        this.maxSeconds = seconds(settings.getMaxDelay());
        // Failures older than the window count as none: twice the longest wait.
        this.windowSeconds = seconds(settings.getMaxDelay().multipliedBy(2));
    }

    /** Counts this attempt as a failure, or refuses it (429) while this client must wait. */
    void reserveAttempt(String email, String client) {
        if (failures.reserve(key(email), client, free, baseSeconds, maxSeconds, windowSeconds) == 0) {
            double wait = failures.waitSeconds(key(email), client).orElse(1.0);
            long seconds = Math.max(1, (long) Math.ceil(wait));
            throw new TooManyAttemptsException("Too many failed logins for this account from your address; try again in "
                    + seconds + " seconds", Duration.ofSeconds(seconds));
        }
    }

    /** The password was right: this client's count for the account starts afresh. */
    void succeeded(String email, String client) {
        failures.forget(key(email), client, windowSeconds);
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private static String key(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
