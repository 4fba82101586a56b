package io.movierecs.job;

/** A failure the job reports with a clear message and a non-zero exit, e.g. unreadable input. */
public final class JobFailedException extends RuntimeException {
    public JobFailedException(String message) {
        super(message);
    }

    public JobFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
