package io.movierecs.web.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.json.JsonMapper;
import io.movierecs.web.support.Admins;
import io.movierecs.web.support.Api;
import io.movierecs.web.training.EmrApiStub;
import io.movierecs.web.training.RunStatus;
import io.movierecs.web.training.TrainingFixtures;
import io.movierecs.web.training.TrainingReconciler;
import io.movierecs.web.training.TrainingRunView;
import io.movierecs.web.training.TrainingRuns;
import io.movierecs.web.training.TrainingTrigger;
import io.movierecs.web.training.TriggerOutcome;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fault 5 and the lost launch: EMR, mocked at the HTTP level, fails in the ways that used to wedge
 * the reconciler or leave a cluster nobody tracked.
 */
class LauncherFailureTest {
    private static final String ADMIN = Api.uniqueEmail("cancelling-admin");
    private static final String PASSWORD = "correct horse battery";
    private static String adminToken;
    private static EmrApiStub emr;
    private static EmbeddedServer server;
    private static TrainingTrigger trigger;
    private static TrainingReconciler reconciler;
    private static TrainingRuns runs;
    private static DataSource dataSource;

    @BeforeAll
    static void start() throws IOException {
        System.setProperty("aws.accessKeyId", "local");
        System.setProperty("aws.secretAccessKey", "local");
        emr = new EmrApiStub();
        Map<String, Object> properties = new HashMap<>(TrainingFixtures.properties());
        properties.put("movierecs.aws.endpoint", emr.endpoint().toString());
        properties.put("movierecs.aws.emr-timeout", "1s");
        properties.put("movierecs.training.launcher", "emr");
        properties.put("movierecs.training.emr.job-jar", "s3://models/jobs/movierecs-emr-job.jar");
        properties.put("movierecs.training.emr.movielens", "s3://models/movielens");
        properties.put("movierecs.training.time-limit", "3s");
        server = ApplicationContext.run(EmbeddedServer.class, properties, "test");
        trigger = server.getApplicationContext().getBean(TrainingTrigger.class);
        reconciler = server.getApplicationContext().getBean(TrainingReconciler.class);
        runs = server.getApplicationContext().getBean(TrainingRuns.class);
        dataSource = server.getApplicationContext().getBean(DataSource.class);
    }

    @AfterAll
    static void stop() {
        server.close();
        emr.close();
    }

    @BeforeEach
    void noRuns() {
        TrainingFixtures.deleteAllRuns(dataSource);
        emr.forget();
    }

    @Test
    void aLauncherThatKeepsFailingCannotKeepARunPastItsTimeLimitNorStopTheNextRun() {
        String runId = submittedRun();
        emr.fail("ListSteps", 500);
        emr.fail("DescribeCluster", 500);

        TrainingRunView run = reconcileToTheEnd(runId);

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.reason()).contains("did not finish within");
        assertThat(emr.calls("TerminateJobFlows")).anySatisfy(call -> assertThat(call.body()).contains(run.launchHandle()));
        assertThat(trigger.trigger(true).kind()).isEqualTo(TriggerOutcome.Kind.STARTED);
    }

    @Test
    void anAdminCancelsARunWhoseLauncherCannotAnswerAndItsClusterIsTerminated() {
        String runId = submittedRun();
        emr.fail("ListSteps", 500);
        emr.fail("TerminateJobFlows", 500);

        TrainingRunView cancelled = cancel(runId);

        assertThat(cancelled.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(emr.liveClusterRuns()).contains(runId);
        emr.heal("TerminateJobFlows");
        reconciler.reconcile();
        assertThat(emr.liveClusterRuns()).doesNotContain(runId);
    }

    @Test
    void aCancelledRunsClusterIsTerminatedAtOnce() {
        String runId = submittedRun();

        cancel(runId);

        assertThat(emr.liveClusterRuns()).doesNotContain(runId);
        assertThat(runs.find(runId).orElseThrow().events()).last().satisfies(event ->
                assertThat(event.reason()).isEqualTo("Cancelled by " + ADMIN));
    }

    @Test
    void aLaunchWhoseAnswerIsLostAdoptsTheClusterItStartedInsteadOfStartingAnother() {
        emr.delay("RunJobFlow", Duration.ofSeconds(3));

        String runId = trigger.trigger(true).run().runId();
        TrainingRunView run = TrainingFixtures.await(() -> runs.find(runId).orElseThrow(),
                r -> r.status() != RunStatus.PENDING && r.status() != RunStatus.EXPORTING);

        assertThat(run.status()).isEqualTo(RunStatus.SUBMITTED);
        assertThat(emr.calls("RunJobFlow")).hasSize(1);
        assertThat(emr.liveClusterRuns()).containsExactly(runId);
        assertThat(run.launchHandle()).startsWith("j-STUB");
    }

    @Test
    void aClusterListedOnlyAfterItsLaunchFailedIsFoundByItsTagAndTerminated() {
        emr.fail("RunJobFlow", 500);
        emr.hideClusters(true);
        String runId = trigger.trigger(true).run().runId();
        TrainingRunView run = TrainingFixtures.await(() -> runs.find(runId).orElseThrow(), r -> !r.status().inProgress());
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(emr.liveClusterRuns()).containsExactly(runId);

        emr.hideClusters(false);
        reconciler.reconcile();

        assertThat(emr.liveClusterRuns()).isEmpty();
    }

    private String submittedRun() {
        String runId = trigger.trigger(true).run().runId();
        TrainingFixtures.await(() -> runs.find(runId).orElseThrow(), r -> r.status() == RunStatus.SUBMITTED);
        return runId;
    }

    private TrainingRunView reconcileToTheEnd(String runId) {
        return TrainingFixtures.await(() -> {
            try {
                reconciler.reconcile();
            } catch (RuntimeException e) {
                // Before the fix, the pass itself failed here, every time.
            }
            return runs.find(runId).orElseThrow();
        }, r -> !r.status().inProgress(), Duration.ofSeconds(20));
    }

    /** The admin who cancels: signed up once, granted the role in the database as an operator would. */
    private String adminToken() {
        if (adminToken == null) {
            Api api = new Api(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class));
            api.post("/api/signup", Api.signupJson(ADMIN, PASSWORD, "Admin"));
            Admins.grant(server.getApplicationContext().getBean(DataSource.class), ADMIN);
            adminToken = api.login(ADMIN, PASSWORD).json().get("access_token").getStringValue();
        }
        return adminToken;
    }

    private TrainingRunView cancel(String runId) {
        String token = adminToken();
        try (HttpClient client = HttpClient.create(server.getURL())) {
            return client.toBlocking().retrieve(HttpRequest.POST("/internal/training-runs/" + runId + "/cancel", "")
                    .bearerAuth(token), TrainingRunView.class);
        }
    }
}
