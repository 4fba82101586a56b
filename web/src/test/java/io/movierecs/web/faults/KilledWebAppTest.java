package io.movierecs.web.faults;

import static io.movierecs.web.faults.ServedListsFixture.M;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.movierecs.contracts.RecommendationItemCodec;
import io.movierecs.local.SharedLocalAws;
import io.movierecs.web.recommendations.RecommendationTestProperties;
import io.movierecs.web.support.TcpProxy;
import io.movierecs.web.support.WebProcess;
import io.movierecs.web.training.RunStatus;
import io.movierecs.web.training.TrainingFixtures;
import io.movierecs.web.training.TrainingRunView;
import io.movierecs.web.training.TrainingRuns;
import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Fault 3: the web app, in a process of its own as bin/run starts it, is killed with SIGKILL in the
 * middle of a run and started again. The run ends (adopted to completion, or failed), no run is left
 * in progress, and nothing acknowledged before the kill is lost.
 */
class KilledWebAppTest {
    private static final String KEY = "test-training-key";
    private static ApplicationContext helper;
    private static Path logs;

    private ServedListsFixture served;

    @BeforeAll
    static void start() throws IOException {
        helper = ApplicationContext.run(new HashMap<>(properties()), "test");
        logs = Files.createDirectories(TrainingFixtures.ROOT.resolve("web-logs"));
    }

    @AfterAll
    static void stop() {
        helper.close();
    }

    @BeforeEach
    void servedRunWithLists() {
        served = new ServedListsFixture(helper, null, SharedLocalAws.get());
        served.servedRunWithLists();
    }

    @Test
    void killedWhileItsJobRunsTheRunIsAdoptedToCompletionByTheNextStart() throws Exception {
        String runId;
        long wrapper;
        try (WebProcess first = WebProcess.start(properties(), logs.resolve("adopt-1.log"), Duration.ofSeconds(120));
             HttpClient app = client(first)) {
            assertThat(served.recommendations(app)).allSatisfy(r -> assertThat(r.modelVersion()).isEqualTo(served.servedRun));
            rate(app, served.users.get(0), M + 20);
            // 30 s: it outlives the kill and the restart, then ends under the next instance.
            TrainingFixtures.jobWill("sleep");
            String started = trigger(app);
            runId = started;
            served.jobOutput(runId, List.of(M + 3, M + 5, M + 7), 0.31, 0.10);
            wrapper = Long.parseLong(TrainingFixtures.await(() -> helper.getBean(TrainingRuns.class).find(started).orElseThrow(),
                    run -> run.status() == RunStatus.SUBMITTED || run.status() == RunStatus.RUNNING).launchHandle());

            first.kill();
        }
        assertThat(ProcessHandle.of(wrapper).map(ProcessHandle::isAlive)).as("the job outlives the app").contains(true);

        try (WebProcess second = WebProcess.start(properties(), logs.resolve("adopt-2.log"), Duration.ofSeconds(120));
             HttpClient app = client(second)) {
            TrainingRunView run = awaitEnd(runId, Duration.ofSeconds(120));

            assertThat(run.status()).as(run.reason()).isEqualTo(RunStatus.ACTIVE);
            assertThat(TrainingFixtures.queryLong(dataSource(), "SELECT count(*) FROM training_runs WHERE status IN"
                    + " ('PENDING', 'EXPORTING', 'SUBMITTED', 'RUNNING', 'SUCCEEDED')")).isZero();
            assertThat(TrainingFixtures.queryLong(dataSource(), "SELECT count(*) FROM ratings WHERE user_id = "
                    + served.users.get(0) + " AND movie_id = " + (M + 20))).isOne();
            assertThat(TrainingFixtures.await(() -> served.recommendations(app),
                    views -> views.stream().allMatch(r -> r.modelVersion().equals(runId)))).isNotEmpty();
            assertThat(servedRunsListOfFirstUser()).as("the earlier run's lists are kept").isTrue();
        }
    }

    @Test
    void killedWhileExportingTheRunFailsAsSoonAsItsHeartbeatIsStale() throws Exception {
        String runId;
        try (TcpProxy s3 = TcpProxy.to("127.0.0.1", SharedLocalAws.get().s3Endpoint().getPort())) {
            Map<String, String> slowS3 = new HashMap<>(properties());
            slowS3.put("movierecs.aws.s3-endpoint", "http://127.0.0.1:" + s3.port());
            try (WebProcess first = WebProcess.start(slowS3, logs.resolve("export-1.log"), Duration.ofSeconds(120));
                 HttpClient app = client(first)) {
                s3.blackHole();
                TrainingFixtures.jobWill("succeed");
                runId = trigger(app);
                awaitStatus(runId, RunStatus.EXPORTING);
                Thread.sleep(1000);

                first.kill();
            }
        }

        try (WebProcess second = WebProcess.start(properties(), logs.resolve("export-2.log"), Duration.ofSeconds(120))) {
            TrainingRunView run = awaitEnd(runId, Duration.ofSeconds(30));

            assertThat(run.status()).isEqualTo(RunStatus.FAILED);
            assertThat(run.reason()).contains("web instance stopped");
        }
    }

    /** The fixtures' properties and a fast reconciler. */
    private static Map<String, String> properties() {
        Map<String, String> properties = new HashMap<>(ServedListsFixture.properties(SharedLocalAws.get()));
        properties.put("movierecs.training.reconciler.enabled", "true");
        properties.put("movierecs.training.reconciler.interval", "1s");
        properties.put("movierecs.training.export-heartbeat", "3s");
        return properties;
    }

    private static HttpClient client(WebProcess web) throws MalformedURLException {
        return HttpClient.create(web.url().toURL());
    }

    private static String trigger(HttpClient app) {
        return app.toBlocking().retrieve(HttpRequest.POST("/internal/training-runs?force=true", "").header("X-Api-Key", KEY),
                TrainingRunView.class).runId();
    }

    private void rate(HttpClient app, long userId, int movieId) {
        app.toBlocking().exchange(HttpRequest.PUT("/api/me/ratings/" + movieId, "{\"rating\":4.5}")
                .header("Authorization", served.fixtures.bearer(userId)));
    }

    private boolean servedRunsListOfFirstUser() {
        return RecommendationTestProperties.dynamoDb(SharedLocalAws.get()).getItem(r -> r.tableName(RecommendationTestProperties.TABLE)
                .key(RecommendationItemCodec.key(served.users.get(0), served.servedRun))).hasItem();
    }

    private static TrainingRunView awaitStatus(String runId, RunStatus status) {
        return TrainingFixtures.await(() -> helper.getBean(TrainingRuns.class).find(runId).orElseThrow(),
                run -> run.status() == status);
    }

    private static TrainingRunView awaitEnd(String runId, Duration patience) {
        return TrainingFixtures.await(() -> helper.getBean(TrainingRuns.class).find(runId).orElseThrow(),
                run -> !run.status().inProgress(), patience);
    }

    private static DataSource dataSource() {
        return helper.getBean(DataSource.class);
    }
}
