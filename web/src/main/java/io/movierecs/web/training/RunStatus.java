package io.movierecs.web.training;

import java.util.EnumSet;
import java.util.Set;

public enum RunStatus {
    PENDING, EXPORTING, SUBMITTED, RUNNING, SUCCEEDED, FAILED, ACTIVE, RETIRED, REJECTED, SKIPPED;

    /** Mirrors the partial unique index training_runs_one_in_progress. */
    public static final Set<RunStatus> IN_PROGRESS = EnumSet.of(PENDING, EXPORTING, SUBMITTED, RUNNING, SUCCEEDED);

    /** Runs whose job finished with a model in the store. */
    public static final Set<RunStatus> TRAINED = EnumSet.of(SUCCEEDED, ACTIVE, RETIRED, REJECTED);

    public boolean inProgress() {
        return IN_PROGRESS.contains(this);
    }
}
