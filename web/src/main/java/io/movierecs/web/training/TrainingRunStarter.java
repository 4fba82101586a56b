package io.movierecs.web.training;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a PENDING run through the snapshot export to a launched job, off the request thread. While
 * it works on a run it marks the run's heartbeat, so if this instance dies the reconciler of
 * another (or of this one restarted) takes the run over instead of waiting for the export's limit.
 */
@Singleton
class TrainingRunStarter {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingRunStarter.class);

    private final TrainingRunStore runs;
    private final RatingsSnapshotExporter exporter;
    private final TrainingLauncher launcher;
    private final ExecutorService executor;
    private final TaskScheduler scheduler;
    private final Duration heartbeat;

    TrainingRunStarter(TrainingRunStore runs, RatingsSnapshotExporter exporter,
                       TrainingLauncher launcher, @Named(TaskExecutors.BLOCKING) ExecutorService executor,
                       @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler, TrainingSettings settings) {
        this.runs = runs;
        this.exporter = exporter;
        this.launcher = launcher;
        this.executor = executor;
        this.scheduler = scheduler;
        this.heartbeat = settings.exportHeartbeat().dividedBy(4);
    }

    void startInBackground(String runId) {
        executor.execute(() -> start(runId));
    }

    void start(String runId) {
        ScheduledFuture<?> beating = scheduler.scheduleAtFixedRate(Duration.ZERO, heartbeat, () -> beat(runId));
        try {
            if (!move(runId, RunStatus.PENDING, RunStatus.EXPORTING, "Exporting the ratings snapshot")) {
                return;
            }
            RatingsSnapshotExporter.Snapshot snapshot = exporter.export(runId);
            boolean stillExporting = runs.recordSnapshot(runId, snapshot.ratingsSnapshot(), snapshot.ratings());
            if (!stillExporting) {
                LOG.info("Run {} was ended while it exported; not launching its job", runId);
                return;
            }
            String handle = launcher.launch(runId);
            boolean submitted = runs.recordLaunch(runId, launcher.name(), handle,
                    "Snapshot of " + snapshot.ratings() + " ratings; job launched (" + launcher.name() + " " + handle + ")");
            if (!submitted) {
                LOG.warn("Run {} was ended while it launched; stopping its job", runId);
                launcher.stop(runId, handle);
            }
        } catch (Exception e) {
            LOG.error("Training run {} could not start", runId, e);
            runs.transition(runId, List.of(RunStatus.PENDING, RunStatus.EXPORTING), RunStatus.FAILED,
                    "Could not start: " + e.getMessage());
        } finally {
            beating.cancel(false);
        }
    }

    private void beat(String runId) {
        try {
            runs.heartbeat(runId);
        } catch (RuntimeException e) {
            LOG.warn("Cannot mark run {} as being exported: {}", runId, e.toString());
        }
    }

    private boolean move(String runId, RunStatus from, RunStatus to, String reason) {
        return runs.transition(runId, List.of(from), to, reason);
    }
}
