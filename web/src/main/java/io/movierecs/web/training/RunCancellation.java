package io.movierecs.web.training;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An admin's cancel: the run ends CANCELLED at once and its job (cluster or process tree) is
 * stopped. A stop that fails now is done by {@link OrphanedJobs} on a later pass; a job still
 * being launched is stopped by the starter, which finds the run no longer EXPORTING.
 */
@Singleton
public class RunCancellation {
    private static final Logger LOG = LoggerFactory.getLogger(RunCancellation.class);

    private final TrainingRunStore runs;
    private final TrainingLauncher launcher;

    RunCancellation(TrainingRunStore runs, TrainingLauncher launcher) {
        this.runs = runs;
        this.launcher = launcher;
    }

    /** @throws CancelRefusedException when there is no such run or it is not in progress */
    public TrainingRun cancel(String runId, String admin) {
        TrainingRun before = end(runId, admin);
        String handle = before.launchHandle();
        try {
            if (handle == null) {
                launcher.find(runId).ifPresent(found -> launcher.stop(runId, found));
            } else {
                launcher.stop(runId, handle);
            }
        } catch (RuntimeException e) {
            LOG.warn("Run {} is cancelled but its job could not be stopped yet ({}); a later pass stops it", runId, e.toString());
        }
        LOG.info("Run {} cancelled by {}", runId, admin);
        return runs.find(runId).orElseThrow();
    }

    /** @return the run as it was before it ended */
    @Transactional
    TrainingRun end(String runId, String admin) {
        TrainingRun run = runs.find(runId).orElseThrow(() -> new CancelRefusedException("No training run " + runId, true));
        if (!runs.transition(runId, RunStatus.IN_PROGRESS, RunStatus.CANCELLED, "Cancelled by " + admin)) {
            throw new CancelRefusedException("Run " + runId + " is " + run.status() + "; only a run in progress can be cancelled",
                    false);
        }
        return run;
    }

    /** @param unknown true when there is no such run at all */
    public static class CancelRefusedException extends RuntimeException {
        private final boolean unknown;

        CancelRefusedException(String message, boolean unknown) {
            super(message);
            this.unknown = unknown;
        }

        public boolean unknown() {
            return unknown;
        }
    }
}
