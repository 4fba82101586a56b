package io.movierecs.web.training;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** Makes a run's model the one that serves: after the quality gate, or when an admin rolls back. */
@Singleton
public class ModelActivation {
    /** Earlier runs an admin may return to: they trained and their artefacts are in the store. */
    static final Set<RunStatus> ROLLBACK_TARGETS = EnumSet.of(RunStatus.RETIRED, RunStatus.REJECTED);

    private final TransactionOperations<Connection> tx;
    private final TrainingRunStore runs;
    private final ActiveModelAnnouncer announcer;

    ModelActivation(TransactionOperations<Connection> tx, TrainingRunStore runs, ActiveModelAnnouncer announcer) {
        this.tx = tx;
        this.runs = runs;
        this.announcer = announcer;
    }

    /** Within the caller's transaction; the caller announces after commit. */
    void activate(Connection c, String runId, Collection<RunStatus> from, String reason) {
        runs.lockDecisions(c);
        runs.findActive(c).filter(active -> !active.runId().equals(runId)).ifPresent(active ->
                runs.transition(c, active.runId(), EnumSet.of(RunStatus.ACTIVE), RunStatus.RETIRED, "Replaced by run " + runId));
        if (!runs.transition(c, runId, from, RunStatus.ACTIVE, reason)) {
            throw new RollbackRefusedException("Run " + runId + " cannot be activated from its current state");
        }
    }

    public TrainingRun rollBack(String runId, String admin) {
        TrainingRun run = tx.executeWrite(status -> {
            Connection c = status.getConnection();
            TrainingRun target = runs.find(c, runId)
                    .orElseThrow(() -> new RollbackRefusedException("No training run " + runId));
            if (!ROLLBACK_TARGETS.contains(target.status())) {
                throw new RollbackRefusedException("Run " + runId + " is " + target.status()
                        + "; only a RETIRED or REJECTED run can be rolled back to");
            }
            activate(c, runId, ROLLBACK_TARGETS, "Rolled back to by " + admin);
            return runs.find(c, runId).orElseThrow();
        });
        announcer.announceIfChanged();
        return run;
    }
}
