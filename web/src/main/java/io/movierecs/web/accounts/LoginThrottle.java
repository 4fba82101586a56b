package io.movierecs.web.accounts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.movierecs.web.system.TooManyAttemptsException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Slows down password guessing on one account: after a few failures in a row each further attempt
 * must wait, twice as long each time, up to a ceiling. Nothing locks an account for good, and a
 * successful login clears the count.
 */
@Singleton
class LoginThrottle {

    private final LoginThrottleSettings settings;
    private final Clock clock;
    private final Cache<String, Failures> failures;

    LoginThrottle(LoginThrottleSettings settings) {
        this.settings = settings;
        this.clock = Clock.systemUTC();
        this.failures = Caffeine.newBuilder()
                .expireAfterWrite(settings.getMaxDelay().multipliedBy(2))
                .maximumSize(100_000)
                .build();
    }

    void checkAllowed(String email) {
        Failures current = failures.getIfPresent(key(email));
        if (current == null) {
            return;
        }
        Duration wait = Duration.between(clock.instant(), current.blockedUntil());
        if (!wait.isNegative() && !wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            throw new TooManyAttemptsException("Too many failed logins for this account; try again in "
                    + seconds + " seconds", Duration.ofSeconds(seconds));
        }
    }

    void recordFailure(String email) {
        failures.asMap().compute(key(email), (key, previous) -> {
            int count = previous == null ? 1 : previous.count() + 1;
            return new Failures(count, clock.instant().plus(delayAfter(count)));
        });
    }

    void recordSuccess(String email) {
        failures.invalidate(key(email));
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

    private record Failures(int count, Instant blockedUntil) {
    }
}
