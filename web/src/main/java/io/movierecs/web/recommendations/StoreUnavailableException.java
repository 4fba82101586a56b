package io.movierecs.web.recommendations;

/** The recommendation store did not answer in time; callers fall back to fold-in or popular. */
class StoreUnavailableException extends RuntimeException {

    StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
