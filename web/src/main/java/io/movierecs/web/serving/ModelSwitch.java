package io.movierecs.web.serving;

import io.micronaut.transaction.annotation.Transactional;
import io.movierecs.web.training.RunStatus;
import io.movierecs.web.training.TrainingRun;
import io.movierecs.web.training.TrainingRunStore;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Switches which run serves: after the quality gate passed a run, or when an admin rolls back.
 * The only class that moves runs into and out of ACTIVE. A switch rewrites nothing in DynamoDB:
 * every run's lists are kept under its own id, so the lists switch with the run.
 */
@Singleton
public class ModelSwitch {
    /** Earlier runs an admin may return to: they trained, and their lists and artefacts are kept. */
    public static final Set<RunStatus> ROLLBACK_TARGETS = EnumSet.of(RunStatus.RETIRED, RunStatus.REJECTED);

    private final TrainingRunStore runs;
    private final ServedRunWatcher watcher;

    ModelSwitch(TrainingRunStore runs, ServedRunWatcher watcher) {
        this.runs = runs;
        this.watcher = watcher;
    }

    /**
     * Within the caller's transaction, if any: retires the run serving now and serves this one. The
     * caller calls {@link #announce()} after commit.
     *
     * @throws ModelSwitchRefusedException when the run is not in one of {@code from}
     */
    @Transactional
    public void switchTo(String runId, Collection<RunStatus> from, String reason) {
        runs.lockDecisions();
        runs.findActive().filter(active -> !active.runId().equals(runId)).ifPresent(active ->
                runs.transition(active.runId(), EnumSet.of(RunStatus.ACTIVE), RunStatus.RETIRED, "Replaced by run " + runId));
        if (!runs.transition(runId, from, RunStatus.ACTIVE, reason)) {
            throw new ModelSwitchRefusedException("Run " + runId + " cannot be switched in from its current state");
        }
    }

    /** Serves an earlier run again, at once on this instance and within a poll on the others. */
    public TrainingRun rollBack(String runId, String admin) {
        TrainingRun run = switchBack(runId, admin);
        announce();
        return run;
    }

    @Transactional
    TrainingRun switchBack(String runId, String admin) {
        TrainingRun target = runs.find(runId).orElseThrow(() -> new ModelSwitchRefusedException("No training run " + runId));
        if (!ROLLBACK_TARGETS.contains(target.status())) {
            throw new ModelSwitchRefusedException("Run " + runId + " is " + target.status()
                    + "; only a RETIRED or REJECTED run can be rolled back to");
        }
        switchTo(runId, ROLLBACK_TARGETS, "Rolled back to by " + admin);
        return runs.find(runId).orElseThrow();
    }

    /** Tells this instance's serving side what the database now says, without waiting for the poll. */
    public void announce() {
        watcher.check();
    }
}
