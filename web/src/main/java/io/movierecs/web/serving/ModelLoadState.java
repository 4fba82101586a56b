package io.movierecs.web.serving;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * Where this instance stands with the served run's model, for the admin health details.
 *
 * @param servedRun the run the database says serves, as this instance last heard
 * @param loadedRun the run whose model recommendations are computed from now
 * @param attempts  failed attempts to load the served run's model so far
 * @param lastError why the last attempt failed
 * @param nextAttempt when the next attempt is due, while retrying
 */
public record ModelLoadState(Phase phase, @Nullable String servedRun, @Nullable String loadedRun, int attempts,
                             @Nullable String lastError, @Nullable Instant nextAttempt) {

    public enum Phase {
        /** No run has been switched in yet: recommendations come from popular movies. */
        NO_RUN,
        /** The first attempt to load the served run's model is under way. */
        LOADING,
        /** The served run's model serves. */
        LOADED,
        /** Loading failed; the previous model (or none) serves meanwhile and loading is tried again. */
        RETRYING
    }

    static ModelLoadState noRun() {
        return new ModelLoadState(Phase.NO_RUN, null, null, 0, null, null);
    }
}
