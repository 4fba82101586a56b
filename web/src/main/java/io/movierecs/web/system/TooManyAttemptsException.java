package io.movierecs.web.system;

import io.micronaut.http.HttpStatus;
import java.time.Duration;

/** Answered with 429 and a {@code Retry-After} header. */
public class TooManyAttemptsException extends ProblemException {

    private final Duration retryAfter;

    public TooManyAttemptsException(String detail, Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
