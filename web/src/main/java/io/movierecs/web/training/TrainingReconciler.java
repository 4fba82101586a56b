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
    private final TrainingSettings settings;

    TrainingReconciler(TransactionOperations<Connection> tx, TrainingRunStore runs, TrainingLauncher launcher,
                       Manifests manifests, QualityGate gate, ModelSwitch modelSwitch, TrainingSettings settings) {
        this.tx = tx;
        this.runs = runs;
        this.launcher = launcher;
        this.manifests = manifests;
        this.gate = gate;
        this.modelSwitch = modelSwitch;
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
        return runId.flatMap(id -> tx.executeRead(status -> runs.find(status.getConnection(), id)));
    }

    private void step(Connection c, TrainingRun run) {
        switch (run.status()) {
            case PENDING, EXPORTING -> {
                if (expired(run.createdAt(), settings.exportTimeLimit())) {
                    fail(c, run, "The snapshot export did not finish within " + settings.exportTimeLimit()
                            + " (its web instance stopped?)");
                }
            }
            case SUBMITTED, RUNNING -> follow(c, run);
            case SUCCEEDED -> judge(c, run, run.manifestJson());
            default -> { }
        }
    }

    private void follow(Connection c, TrainingRun run) {
        TrainingLauncher.JobState job = launcher.state(run.runId(), run.launchHandle());
        switch (job.phase()) {
            case STARTING, RUNNING -> {
                if (expired(run.launchedAt(), settings.timeLimit())) {
                    launcher.stop(run.runId(), run.launchHandle());
                    fail(c, run, "The job did not finish within " + settings.timeLimit() + " and was stopped");
                } else if (job.phase() == TrainingLauncher.JobState.Phase.RUNNING && run.status() == RunStatus.SUBMITTED) {
                    runs.transition(c, run.runId(), EnumSet.of(RunStatus.SUBMITTED), RunStatus.RUNNING, job.detail());
                }
            }
            case FAILED -> fail(c, run, "The job failed: " + job.detail());
            case SUCCEEDED -> succeed(c, run);
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
        judge(c, run, manifest);
    }

    private void judge(Connection c, TrainingRun run, String manifestJson) {
        QualityGate.Verdict verdict;
        try {
            Optional<Manifest> active = runs.findActive(c).map(TrainingRun::manifestJson).map(this::parseQuietly);
            verdict = gate.judge(manifests.parse(manifestJson), active);
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
