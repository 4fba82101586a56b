package io.movierecs.web.training;

import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops jobs that run for a run no longer in progress: one whose launch answer was lost before the
 * run failed, one a stop could not reach when its run was cancelled or timed out. Found by the run
 * id every job carries, never by the handle the database may lack.
 */
@Singleton
class OrphanedJobs {
    private static final Logger LOG = LoggerFactory.getLogger(OrphanedJobs.class);

    private final TrainingRunStore runs;
    private final TrainingLauncher launcher;

    OrphanedJobs(TrainingRunStore runs, TrainingLauncher launcher) {
        this.runs = runs;
        this.launcher = launcher;
    }

    /** Never throws: what cannot be listed or stopped now is tried again on the next pass. */
    void stopAll() {
        List<TrainingLauncher.Job> live;
        try {
            live = launcher.liveJobs();
        } catch (RuntimeException e) {
            LOG.warn("Cannot list the {} launcher's jobs ({}); looking again on the next pass", launcher.name(), e.toString());
            return;
        }
        for (TrainingLauncher.Job job : live) {
            // A run this database does not know may belong to another deployment sharing the account.
            boolean ended = runs.find(job.runId())
                    .map(run -> !run.status().inProgress()).orElse(false);
            if (!ended) {
                continue;
            }
            try {
                launcher.stop(job.runId(), job.handle());
                LOG.warn("Stopped job {} of run {}, which is not in progress", job.handle(), job.runId());
            } catch (RuntimeException e) {
                LOG.warn("Cannot stop job {} of run {} yet: {}", job.handle(), job.runId(), e.toString());
            }
        }
    }
}
