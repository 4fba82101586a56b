package io.movierecs.web.training;

import io.micronaut.transaction.TransactionOperations;
import io.movierecs.contracts.Manifest;
import io.movierecs.web.serving.ModelSwitch;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.Connection;
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

    private final TransactionOperations<Connection> tx;
    private final TrainingRunStore runs;
    private final TrainingLauncher launcher;
    private final Manifests manifests;
    private final QualityGate gate;
    private final ModelSwitch modelSwitch;
    private final OrphanedJobs orphans;
    private final TrainingSettings settings;

    TrainingReconciler(TransactionOperations<Connection> tx, TrainingRunStore runs, TrainingLauncher launcher,
                       Manifests manifests, QualityGate gate, ModelSwitch modelSwitch, OrphanedJobs orphans,
                       TrainingSettings settings) {
        this.tx = tx;
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
        Optional<String> runId = tx.executeWrite(status -> {
            Connection c = status.getConnection();
            if (!runs.tryLockReconciliation(c)) {
                return Optional.<String>empty();
            }
            Optional<TrainingRun> run = runs.findInProgress(c);
            run.ifPresent(r -> step(c, r));
            return run.map(TrainingRun::runId);
        });
        modelSwitch.announce();
        orphans.stopAll();
        return runId.flatMap(id -> tx.executeRead(status -> runs.find(status.getConnection(), id)));
    }

    private void step(Connection c, TrainingRun run) {
        switch (run.status()) {
            case PENDING, EXPORTING -> {
                Instant lastSign = run.heartbeatAt() == null ? run.createdAt() : run.heartbeatAt();
                if (expired(lastSign, settings.exportHeartbeat())) {
                    takeOver(c, run);
                } else if (expired(run.createdAt(), settings.exportTimeLimit())) {
                    fail(c, run, "The snapshot export did not finish within " + settings.exportTimeLimit());
                }
            }
            case SUBMITTED, RUNNING -> follow(c, run);
            case SUCCEEDED -> judge(c, run, run.manifestJson());
            default -> { }
        }
    }

    /**
     * The instance exporting the run stopped giving signs of life: if it got as far as launching the
     * job (found by its run id), the job is adopted, else the run failed.
     */
    private void takeOver(Connection c, TrainingRun run) {
        Optional<String> job;
        try {
            job = run.status() == RunStatus.EXPORTING ? launcher.find(run.runId()) : Optional.empty();
        } catch (RuntimeException e) {
            LOG.warn("Cannot look for run {}'s job ({}); looking again on the next pass", run.runId(), e.toString());
            return;
        }
        if (job.isPresent()) {
            runs.recordLaunch(c, run.runId(), launcher.name(), job.get());
            runs.transition(c, run.runId(), EnumSet.of(RunStatus.EXPORTING), RunStatus.SUBMITTED, "Its web instance stopped"
                    + " after launching the job (" + launcher.name() + " " + job.get() + "): adopted");
            LOG.info("Run {} adopted: its job {} runs", run.runId(), job.get());
        } else {
            fail(c, run, "Its web instance stopped (no sign of it for " + settings.exportHeartbeat()
                    + ") before the job was launched");
        }
    }

    private void follow(Connection c, TrainingRun run) {
        if (expired(run.launchedAt(), settings.timeLimit())) {
            stopQuietly(run);
            fail(c, run, "The job did not finish within " + settings.timeLimit() + " and was stopped");
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
                    runs.transition(c, run.runId(), EnumSet.of(RunStatus.SUBMITTED), RunStatus.RUNNING, job.detail());
                }
            }
            case FAILED -> fail(c, run, "The job failed: " + job.detail());
            case SUCCEEDED -> succeed(c, run);
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

    private void succeed(Connection c, TrainingRun run) {
        String manifest;
        try {
            manifest = manifests.readText(run.runId());
        } catch (Exception e) {
            fail(c, run, "The job finished but its manifest is missing or unreadable: " + e.getMessage());
            return;
        }
        runs.recordManifest(c, run.runId(), manifest);
        runs.transition(c, run.runId(), EnumSet.of(RunStatus.SUBMITTED, RunStatus.RUNNING), RunStatus.SUCCEEDED,
                "The job finished and wrote its manifest");
        if (run.ratingsSnapshot() != null) {
            runs.forgetRatingChangesSeenBy(c, run.ratingsSnapshot());
        }
        judge(c, run, manifest);
    }

    private void judge(Connection c, TrainingRun run, String manifestJson) {
        QualityGate.Verdict verdict;
        try {
            Optional<Manifest> active = runs.findActive(c).map(TrainingRun::manifestJson).map(this::parseQuietly);
            verdict = gate.judge(manifests.parse(manifestJson), active, run.snapshotRatings());
        } catch (IOException e) {
            fail(c, run, "The manifest cannot be read: " + e.getMessage());
            return;
        }
        if (verdict.passed()) {
            modelSwitch.switchTo(c, run.runId(), EnumSet.of(RunStatus.SUCCEEDED), verdict.reason());
            LOG.info("Run {} activated: {}", run.runId(), verdict.reason());
        } else {
            runs.transition(c, run.runId(), EnumSet.of(RunStatus.SUCCEEDED), RunStatus.REJECTED, verdict.reason());
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

    private void fail(Connection c, TrainingRun run, String reason) {
        LOG.warn("Run {} failed: {}", run.runId(), reason);
        runs.transition(c, run.runId(), RunStatus.IN_PROGRESS, RunStatus.FAILED, reason);
    }

    private static boolean expired(Instant since, Duration limit) {
        return since != null && Instant.now().isAfter(since.plus(limit));
    }
}
