package io.movierecs.web.serving;

/** An admin asked to serve a run that cannot serve: unknown, never trained, or still in progress. */
public class RollbackRefusedException extends RuntimeException {

    public RollbackRefusedException(String message) {
        super(message);
    }
}
