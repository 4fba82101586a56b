package io.movierecs.web.training;

public class RollbackRefusedException extends RuntimeException {

    public RollbackRefusedException(String message) {
        super(message);
    }
}
