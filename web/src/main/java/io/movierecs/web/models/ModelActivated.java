package io.movierecs.web.models;

/**
 * The model the app serves changed (activation, roll-back), or is announced once at start-up.
 * Published as an application event on every web instance.
 *
 * @param runId       the training run whose model is now active
 * @param modelPrefix its key prefix in the {@link ModelStore}, e.g. {@code models/run-1}
 */
public record ModelActivated(String runId, String modelPrefix) {
}
