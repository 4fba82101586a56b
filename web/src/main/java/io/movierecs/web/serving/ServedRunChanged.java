package io.movierecs.web.serving;

/**
 * Another run serves now (the gate passed it, an admin rolled back), or this instance learnt at
 * start-up which one does. Published on every web instance by {@link ServedRunWatcher}.
 *
 * @param runId       the run that serves now
 * @param modelPrefix its artefacts' key prefix in the model store, e.g. {@code models/run-1}
 */
public record ServedRunChanged(String runId, String modelPrefix) {

    ServedRun run() {
        return new ServedRun(runId, modelPrefix);
    }
}
