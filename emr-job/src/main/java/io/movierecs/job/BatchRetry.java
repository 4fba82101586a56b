package io.movierecs.job;

import java.io.Serializable;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how patiently a batch is retried: exponential backoff with full jitter, so the
 * executors that were throttled together do not come back together.
 */
record BatchRetry(int maxAttempts, Duration baseDelay, Duration maxDelay) implements Serializable {

    static BatchRetry standard() {
        return new BatchRetry(12, Duration.ofMillis(50), Duration.ofSeconds(10));
    }

    /** The pause after the given failed attempt (1-based). */
    Duration delayAfter(int attempt) {
        long ceiling = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(attempt - 1, 20));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling + 1));
    }
}
