package io.movierecs.web.training;

import io.movierecs.contracts.Manifest;
import io.movierecs.web.serving.ModelSwitch;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the run in progress forward from what its launcher reports, then through the quality
 * gate. Everything it needs is in the database, so it finishes runs a previous web process started.
 * Time limits come first and hold whatever the launcher says or fails to say, so a launcher that
 * keeps failing can delay a run's end by one pass at most, never wedge it.
 */
@Singleton
public class TrainingReconciler {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingReconciler.class);

    private final TrainingRunStore runs;
    private final TrainingLauncher launcher;
    private final Manifests manifests;
    private final QualityGate gate;
    private final ModelSwitch modelSwitch;
    private final OrphanedJobs orphans;
    private final TrainingSettings settings;

    TrainingReconciler(TrainingRunStore runs, TrainingLauncher launcher,
                       Manifests manifests, QualityGate gate, ModelSwitch modelSwitch, OrphanedJobs orphans,
                       TrainingSettings settings) {
        this.runs = runs;
        this.launcher = launcher;
        this.manifests = manifests;
        this.gate = gate;
        this.modelSwitch = modelSwitch;
        this.orphans = orphans;
        this.settings = settings;
    }

    /** One pass; returns the run as it stands afterwards, if one was in progress. */
    public Optional<TrainingRun> reconcile() {
        Optional<String> runId = advance();
        modelSwitch.announce();
        orphans.stopAll();
        return runId.flatMap(runs::find);
    }

    /** Moves the run in progress one step, unless another instance is reconciling; committed before the announcement. */
    @Transactional
    Optional<String> advance() {
        if (!runs.tryLockReconciliation()) {
            return Optional.empty();
        }
        Optional<TrainingRun> run = runs.findInProgress();
        run.ifPresent(this::step);
        return run.map(TrainingRun::runId);
    }

    private void step(TrainingRun run) {
        switch (run.status()) {
            case PENDING, EXPORTING -> {
                Instant lastSign = run.heartbeatAt() == null ? run.createdAt() : run.heartbeatAt();
                if (expired(lastSign, settings.exportHeartbeat())) {
                    takeOver(run);
                } else if (expired(run.createdAt(), settings.exportTimeLimit())) {
                    fail(run, "The snapshot export did not finish within " + settings.exportTimeLimit());
                }
            }
            case SUBMITTED, RUNNING -> follow(run);
            case SUCCEEDED -> judge(run, run.manifestJson());
            default -> { }
        }
    }

    /**
     * The instance exporting the run stopped giving signs of life: if it got as far as launching the
     * job (found by its run id), the job is adopted, else the run failed.
     */
    private void takeOver(TrainingRun run) {
        Optional<String> job;
        try {
            job = run.status() == RunStatus.EXPORTING ? launcher.find(run.runId()) : Optional.empty();
        } catch (RuntimeException e) {
            LOG.warn("Cannot look for run {}'s job ({}); looking again on the next pass", run.runId(), e.toString());
            return;
        }
        if (job.isPresent()) {
            runs.recordLaunch(run.runId(), launcher.name(), job.get(), "Its web instance stopped"
                    + " after launching the job (" + launcher.name() + " " + job.get() + "): adopted");
            LOG.info("Run {} adopted: its job {} runs", run.runId(), job.get());
        } else {
            fail(run, "Its web instance stopped (no sign of it for " + settings.exportHeartbeat()
                    + ") before the job was launched");
        }
    }

    private void follow(TrainingRun run) {
        if (expired(run.launchedAt(), settings.timeLimit())) {
            stopQuietly(run);
            fail(run, "The job did not finish within " + settings.timeLimit() + " and was stopped");
            return;
        }
        TrainingLauncher.JobState job;
        try {
            job = launcher.state(run.runId(), run.launchHandle());
        } catch (RuntimeException e) {
            LOG.warn("Cannot learn the state of run {}'s job ({}); asking again on the next pass", run.runId(), e.toString());
            return;
        }
        switch (job.phase()) {
            case STARTING -> { }
            case RUNNING -> {
                if (run.status() == RunStatus.SUBMITTED) {
                    runs.transition(run.runId(), EnumSet.of(RunStatus.SUBMITTED), RunStatus.RUNNING, job.detail());
                }
            }
            case FAILED -> fail(run, "The job failed: " + job.detail());
            case SUCCEEDED -> succeed(run);
        }
    }

    /** A job that cannot be stopped now is stopped by a later pass, as an orphan of a run no longer in progress. */
    private void stopQuietly(TrainingRun run) {
        try {
            launcher.stop(run.runId(), run.launchHandle());
        } catch (RuntimeException e) {
            LOG.warn("Could not stop run {}'s job yet ({}); a later pass stops it", run.runId(), e.toString());
        }
    }

    private void succeed(TrainingRun run) {
        String manifest;
        try {
            manifest = manifests.readText(run.runId());
        } catch (Exception e) {
            fail(run, "The job finished but its manifest is missing or unreadable: " + e.getMessage());
            return;
        }
        runs.recordManifest(run.runId(), manifest);
        runs.transition(run.runId(), EnumSet.of(RunStatus.SUBMITTED, RunStatus.RUNNING), RunStatus.SUCCEEDED,
                "The job finished and wrote its manifest");
        if (run.ratingsSnapshot() != null) {
            runs.forgetRatingChangesSeenBy(run.ratingsSnapshot());
        }
        judge(run, manifest);
    }

    private void judge(TrainingRun run, String manifestJson) {
        QualityGate.Verdict verdict;
        try {
            Optional<Manifest> active = runs.findActive().map(TrainingRun::manifestJson).map(this::parseQuietly);
            verdict = gate.judge(manifests.parse(manifestJson), active, run.snapshotRatings());
        } catch (IOException e) {
            fail(run, "The manifest cannot be read: " + e.getMessage());
            return;
        }
        if (verdict.passed()) {
            modelSwitch.switchTo(run.runId(), EnumSet.of(RunStatus.SUCCEEDED), verdict.reason());
            LOG.info("Run {} activated: {}", run.runId(), verdict.reason());
        } else {
            runs.transition(run.runId(), EnumSet.of(RunStatus.SUCCEEDED), RunStatus.REJECTED, verdict.reason());
            LOG.info("Run {} rejected: {}", run.runId(), verdict.reason());
        }
    }

    private Manifest parseQuietly(String json) {
        try {
            return json == null ? null : manifests.parse(json);
        } catch (IOException e) {
            return null;
        }
    }

    private void fail(TrainingRun run, String reason) {
        LOG.warn("Run {} failed: {}", run.runId(), reason);
        runs.transition(run.runId(), RunStatus.IN_PROGRESS, RunStatus.FAILED, reason);
    }

    private static boolean expired(Instant since, Duration limit) {
        return since != null && Instant.now().isAfter(since.plus(limit));
    }
}
