package io.movierecs.web.serving;

/**
 * A run cannot be switched in to serve: unknown, never trained, still in progress, or no longer in
 * the state the switch expected (an activation after the quality gate as much as an admin's rollback).
 */
public class ModelSwitchRefusedException extends RuntimeException {

    public ModelSwitchRefusedException(String message) {
        super(message);
    }
}
