package io.movierecs.web.system;

import io.micronaut.http.HttpStatus;

/** A request the app refuses, with the status and a detail a client can act on. */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;

    public ProblemException(HttpStatus status, String detail) {
        super(detail);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(HttpStatus.NOT_FOUND, detail);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, detail);
    }
}
