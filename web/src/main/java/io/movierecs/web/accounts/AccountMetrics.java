package io.movierecs.web.accounts;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.movierecs.contracts.Metrics;
import jakarta.inject.Singleton;

/** Sign-ups and logins by outcome ({@value Metrics#SIGNUPS}, {@value Metrics#LOGINS}). */
@Singleton
class AccountMetrics {
    static final String CREATED = "created";
    /** The email already has an account. */
    static final String REJECTED = "rejected";
    static final String SUCCESS = "success";
    /** Wrong email or password. */
    static final String FAILURE = "failure";
    /** Refused before the password was checked: too many attempts. */
    static final String THROTTLED = "throttled";

    private final Counter created;
    private final Counter rejected;
    private final Counter success;
    private final Counter failure;
    private final Counter throttled;

    AccountMetrics(MeterRegistry registry) {
        created = registry.counter(Metrics.SIGNUPS, Metrics.TAG_OUTCOME, CREATED);
        rejected = registry.counter(Metrics.SIGNUPS, Metrics.TAG_OUTCOME, REJECTED);
        success = registry.counter(Metrics.LOGINS, Metrics.TAG_OUTCOME, SUCCESS);
        failure = registry.counter(Metrics.LOGINS, Metrics.TAG_OUTCOME, FAILURE);
        throttled = registry.counter(Metrics.LOGINS, Metrics.TAG_OUTCOME, THROTTLED);
    }

    void signedUp() {
        created.increment();
    }

    void signupRejected() {
        rejected.increment();
    }

    void loggedIn() {
        success.increment();
    }

    void loginFailed() {
        failure.increment();
    }

    void loginThrottled() {
        throttled.increment();
    }
}
