package io.movierecs.web.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.movierecs.contracts.ModelLayout;
import io.movierecs.web.models.ModelStore;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Runs outlive the web process that started them, and the reconciler bounds how long they take. */
class TrainingRunRecoveryTest {

    @Test
    void aRunStartedBeforeARestartIsReconciledToItsTrueEnd() throws IOException {
        String runId;
        try (ApplicationContext before = start(Map.of())) {
            TrainingFixtures.deleteAllRuns(before.getBean(DataSource.class));
            TrainingFixtures.jobWill("short");
            runId = before.getBean(TrainingTrigger.class).trigger(true).run().runId();
            TrainingFixtures.storeManifest(before.getBean(ModelStore.class), before.getBean(JsonMapper.class),
                    TrainingFixtures.manifest(runId, 0.3, 0.1));
            awaitStatus(before, runId, RunStatus.SUBMITTED);
        }

        try (ApplicationContext after = start(Map.of())) {
            TrainingRunView run = reconcileToTheEnd(after, runId);

            assertThat(run.status()).isEqualTo(RunStatus.ACTIVE);
            assertThat(TrainingFixtures.servedRunId(after.getBean(DataSource.class))).contains(runId);
        }
    }

    @Test
    void aJobPastItsTimeLimitIsKilledAndItsRunFails() {
        try (ApplicationContext context = start(Map.of("movierecs.training.time-limit", "2s"))) {
            TrainingFixtures.deleteAllRuns(context.getBean(DataSource.class));
            TrainingFixtures.jobWill("sleep");
            String runId = context.getBean(TrainingTrigger.class).trigger(true).run().runId();
            TrainingRunView submitted = awaitStatus(context, runId, RunStatus.SUBMITTED);

            TrainingRunView run = reconcileToTheEnd(context, runId);

            assertThat(run.status()).isEqualTo(RunStatus.FAILED);
            assertThat(run.reason()).contains("did not finish within");
            long pid = Long.parseLong(submitted.launchHandle());
            TrainingFixtures.await(() -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), alive -> !alive);
        }
    }

    @Test
    void aCancelledLocalRunEndsCancelledAndItsWholeProcessTreeIsKilled() {
        try (ApplicationContext context = start(Map.of())) {
            TrainingFixtures.deleteAllRuns(context.getBean(DataSource.class));
            TrainingFixtures.jobWill("sleep");
            String runId = context.getBean(TrainingTrigger.class).trigger(true).run().runId();
            TrainingRunView submitted = awaitStatus(context, runId, RunStatus.SUBMITTED);
            ProcessHandle wrapper = ProcessHandle.of(Long.parseLong(submitted.launchHandle())).orElseThrow();
            List<ProcessHandle> tree = TrainingFixtures.await(() -> wrapper.descendants().toList(), d -> d.size() >= 2);

            TrainingRun cancelled = context.getBean(RunCancellation.class).cancel(runId, "admin@example.com");

            assertThat(cancelled.status()).isEqualTo(RunStatus.CANCELLED);
            assertThat(cancelled.reason()).isEqualTo("Cancelled by admin@example.com");
            TrainingFixtures.await(() -> wrapper.isAlive() || tree.stream().anyMatch(ProcessHandle::isAlive), alive -> !alive);
        }
    }

    @Test
    void anExportWhoseWebInstanceStoppedFailsOnceItGivesNoSignOfLifeNotAfterTheExportLimit() {
        try (ApplicationContext context = start(Map.of("movierecs.training.export-heartbeat", "2s"))) {
            DataSource dataSource = context.getBean(DataSource.class);
            TrainingFixtures.deleteAllRuns(dataSource);
            TrainingFixtures.execute(dataSource, "INSERT INTO training_runs (run_id, status, heartbeat_at)"
                    + " VALUES ('run-orphaned-export', 'EXPORTING', now() - interval '10 seconds')");

            TrainingRunView run = reconcileToTheEnd(context, "run-orphaned-export");

            assertThat(run.status()).isEqualTo(RunStatus.FAILED);
            assertThat(run.reason()).contains("web instance stopped").contains("before the job was launched");
        }
    }

    @Test
    void aJobLaunchedByAWebInstanceThatStoppedBeforeRecordingItIsAdoptedAndFinished() throws IOException {
        try (ApplicationContext context = start(Map.of("movierecs.training.export-heartbeat", "2s"))) {
            DataSource dataSource = context.getBean(DataSource.class);
            TrainingFixtures.deleteAllRuns(dataSource);
            String runId = "run-launched-" + System.nanoTime();
            TrainingFixtures.execute(dataSource, "INSERT INTO training_runs (run_id, status, heartbeat_at)"
                    + " VALUES ('" + runId + "', 'EXPORTING', now() - interval '10 seconds')");
            ModelStore store = context.getBean(ModelStore.class);
            store.write(ModelLayout.snapshotKey(runId), out -> out.write(new byte[0]));
            TrainingFixtures.storeManifest(store, context.getBean(JsonMapper.class), TrainingFixtures.manifest(runId, 0.3, 0.1));
            TrainingFixtures.jobWill("short");
            // The instance launched the job and died before it could record the launch.
            String pid = context.getBean(TrainingLauncher.class).launch(runId);

            context.getBean(TrainingReconciler.class).reconcile();
            TrainingRunView adopted = context.getBean(TrainingRuns.class).find(runId).orElseThrow();
            TrainingRunView finished = reconcileToTheEnd(context, runId);

            assertThat(adopted.status()).isEqualTo(RunStatus.SUBMITTED);
            assertThat(adopted.launchHandle()).isEqualTo(pid);
            assertThat(adopted.reason()).contains("adopted");
            assertThat(finished.status()).isEqualTo(RunStatus.ACTIVE);
        }
    }

    private static ApplicationContext start(Map<String, String> extra) {
        Map<String, Object> properties = new HashMap<>(TrainingFixtures.properties());
        properties.putAll(extra);
        return ApplicationContext.run(properties, "test");
    }

    private static TrainingRunView awaitStatus(ApplicationContext context, String runId, RunStatus status) {
        TrainingRuns runs = context.getBean(TrainingRuns.class);
        return TrainingFixtures.await(() -> runs.find(runId).orElseThrow(), run -> run.status() == status);
    }

    private static TrainingRunView reconcileToTheEnd(ApplicationContext context, String runId) {
        TrainingReconciler reconciler = context.getBean(TrainingReconciler.class);
        TrainingRuns runs = context.getBean(TrainingRuns.class);
        return TrainingFixtures.await(() -> {
            reconciler.reconcile();
            return runs.find(runId).orElseThrow();
        }, run -> !run.status().inProgress());
    }
}
