package io.movierecs.web.training;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A training run's state. Every change is one of these arrows, and {@link TrainingRunStore#transition}
 * refuses any other; the class named beside each arrow is the only one that takes it.
 *
 * <pre>
 * (new)              -> PENDING, SKIPPED    TrainingTrigger      a trigger starts a run, or nothing is new
 * PENDING            -> EXPORTING           TrainingRunStarter   the snapshot export begins
 * EXPORTING          -> SUBMITTED           TrainingRunStarter   the job is launched
 * PENDING, EXPORTING -> FAILED              TrainingRunStarter   the export or the launch failed
 * EXPORTING          -> SUBMITTED           TrainingReconciler   the exporting instance stopped after launching: adopted
 * SUBMITTED          -> RUNNING             TrainingReconciler   the launcher reports the job running
 * SUBMITTED, RUNNING -> SUCCEEDED           TrainingReconciler   the job ended and its manifest is readable
 * SUBMITTED, RUNNING -> FAILED              TrainingReconciler   the job failed, or ran past the time limit
 * PENDING, EXPORTING -> FAILED              TrainingReconciler   the exporting instance stopped, or the export ran long
 * SUCCEEDED          -> FAILED              TrainingReconciler   the manifest cannot be read
 * SUCCEEDED          -> REJECTED            TrainingReconciler   the quality gate said no
 * SUCCEEDED          -> ACTIVE              serving.ModelSwitch  the quality gate said yes
 * ACTIVE             -> RETIRED             serving.ModelSwitch  another run serves instead
 * RETIRED, REJECTED  -> ACTIVE              serving.ModelSwitch  an admin rolled back to it
 * PENDING..SUCCEEDED -> CANCELLED           RunCancellation      an admin cancelled it; its job is stopped
 * </pre>
 *
 * PENDING to SUCCEEDED are in progress (at most one run at a time); FAILED, REJECTED, RETIRED,
 * SKIPPED and CANCELLED are final unless an admin rolls back to a REJECTED or RETIRED run.
 */
public enum RunStatus {
    PENDING, EXPORTING, SUBMITTED, RUNNING, SUCCEEDED, FAILED, ACTIVE, RETIRED, REJECTED, SKIPPED, CANCELLED;

    /** Mirrors the partial unique index training_runs_one_in_progress. */
    public static final Set<RunStatus> IN_PROGRESS = EnumSet.of(PENDING, EXPORTING, SUBMITTED, RUNNING, SUCCEEDED);

    /** Runs whose job finished with a model in the store. */
    public static final Set<RunStatus> TRAINED = EnumSet.of(SUCCEEDED, ACTIVE, RETIRED, REJECTED);

    /** The arrows of the table above, by the state they leave. */
    private static final Map<RunStatus, Set<RunStatus>> NEXT = Map.of(
            PENDING, EnumSet.of(EXPORTING, FAILED, CANCELLED),
            EXPORTING, EnumSet.of(SUBMITTED, FAILED, CANCELLED),
            SUBMITTED, EnumSet.of(RUNNING, SUCCEEDED, FAILED, CANCELLED),
            RUNNING, EnumSet.of(SUCCEEDED, FAILED, CANCELLED),
            SUCCEEDED, EnumSet.of(REJECTED, ACTIVE, FAILED, CANCELLED),
            ACTIVE, EnumSet.of(RETIRED),
            RETIRED, EnumSet.of(ACTIVE),
            REJECTED, EnumSet.of(ACTIVE));

    public boolean inProgress() {
        return IN_PROGRESS.contains(this);
    }

    public boolean canMoveTo(RunStatus next) {
        return NEXT.getOrDefault(this, Set.of()).contains(next);
    }
}
