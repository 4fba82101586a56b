package io.movierecs.web.operations;

import static io.movierecs.web.operations.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.movierecs.contracts.Manifest;
import io.movierecs.contracts.Metrics;
import io.movierecs.local.SharedLocalAws;
import io.movierecs.web.models.ModelStore;
import io.movierecs.web.recommendations.RecommendationFixtures;
import io.movierecs.web.recommendations.RecommendationTestProperties;
import io.movierecs.web.recommendations.TestModel;
import io.movierecs.web.serving.ServedRunChanged;
import io.movierecs.web.support.Api;
import io.movierecs.web.training.TrainingFixtures;
import io.movierecs.web.training.TrainingReconciler;
import io.movierecs.web.training.TrainingTrigger;
import io.movierecs.web.training.TriggerOutcome;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The app's own meters move when the thing they count happens: requests through the API, and
 * training runs started, reconciled and judged by the real trigger, reconciler and quality gate
 * (the job a local stand-in), read back from the registry the exporters publish.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DomainMetricsTest implements TestPropertyProvider {
    private static final int MOVIES = 40;
    private static final int M = RecommendationFixtures.FIRST_MOVIE;
    private static final String PASSWORD = "correct horse battery";

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject MeterRegistry registry;
    @Inject JdbcOperations jdbc;
    @Inject TokenGenerator tokens;
    @Inject ModelStore store;
    @Inject DataSource dataSource;
    @Inject ApplicationEventPublisher<ServedRunChanged> servedRuns;
    @Inject TrainingTrigger trigger;
    @Inject TrainingReconciler reconciler;

    private Api api;
    private RecommendationFixtures fixtures;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TrainingFixtures.properties());
        properties.putAll(RecommendationTestProperties.with(SharedLocalAws.get()));
        // The gauges of the served model are read on this poll.
        properties.put("movierecs.serving.poll", "1s");
        properties.put("movierecs.login-throttle.free-attempts", "1");
        return properties;
    }

    @BeforeAll
    void catalogue() {
        api = new Api(server, json);
        fixtures = new RecommendationFixtures(jdbc, RecommendationTestProperties.dynamoDb(SharedLocalAws.get()), tokens,
                RecommendationTestProperties.TABLE);
        fixtures.movies(MOVIES);
    }

    @Test
    void signUpsAreCountedAsCreatedOrRejected() {
        double created = count(Metrics.SIGNUPS, Metrics.TAG_OUTCOME, "created");
        double rejected = count(Metrics.SIGNUPS, Metrics.TAG_OUTCOME, "rejected");
        String email = Api.uniqueEmail("metrics");

        assertThat(api.post("/api/signup", Api.signupJson(email, PASSWORD, "Ann")).status()).isEqualTo(201);
        assertThat(api.post("/api/signup", Api.signupJson(email, PASSWORD, "Ann again")).status()).isEqualTo(409);

        assertThat(count(Metrics.SIGNUPS, Metrics.TAG_OUTCOME, "created")).isEqualTo(created + 1);
        assertThat(count(Metrics.SIGNUPS, Metrics.TAG_OUTCOME, "rejected")).isEqualTo(rejected + 1);
    }

    @Test
    void loginsAreCountedAsSuccessFailureOrThrottled() {
        String email = Api.uniqueEmail("metrics");
        api.post("/api/signup", Api.signupJson(email, PASSWORD, "Bob"));
        double success = count(Metrics.LOGINS, Metrics.TAG_OUTCOME, "success");
        double failure = count(Metrics.LOGINS, Metrics.TAG_OUTCOME, "failure");
        double throttled = count(Metrics.LOGINS, Metrics.TAG_OUTCOME, "throttled");

        assertThat(api.login(email, PASSWORD).status()).isEqualTo(200);
        assertThat(api.login(email, "wrong password!").status()).isEqualTo(401);
        // One free attempt: the next one comes too soon.
        assertThat(api.login(email, "wrong password!").status()).isEqualTo(429);

        assertThat(count(Metrics.LOGINS, Metrics.TAG_OUTCOME, "success")).isEqualTo(success + 1);
        assertThat(count(Metrics.LOGINS, Metrics.TAG_OUTCOME, "failure")).isEqualTo(failure + 1);
        assertThat(count(Metrics.LOGINS, Metrics.TAG_OUTCOME, "throttled")).isEqualTo(throttled + 1);
    }

    @Test
    void eachRatingCreatedOrReplacedIsCounted() {
        String token = api.newUserToken();
        double written = count(Metrics.RATINGS_WRITTEN);

        assertThat(api.put("/api/me/ratings/" + M, "{\"rating\":4.0}", token).status()).isEqualTo(200);
        assertThat(api.put("/api/me/ratings/" + M, "{\"rating\":2.5}", token).status()).isEqualTo(200);
        assertThat(api.put("/api/me/ratings/" + (M + 999_999), "{\"rating\":2.5}", token).status()).isEqualTo(404);

        assertThat(count(Metrics.RATINGS_WRITTEN)).isEqualTo(written + 2);
    }

    @Test
    void recommendationsAreCountedBySourceWithTheirStoreReadsAndFoldInsTimed() {
        // No run in the database, so the serving poll announces none over the one this test serves.
        TrainingFixtures.deleteAllRuns(dataSource);
        String runId = "run-metrics-" + UUID.randomUUID();
        servedRuns.publishEvent(new ServedRunChanged(runId, TestModel.write(store, json, runId, MOVIES)));
        long withBatch = fixtures.userWithBatch(runId, List.of(M + 2, M + 4, M + 6));
        long withRatingsOnly = fixtures.user();
        IntStream.range(0, 10).forEach(i -> fixtures.rate(withRatingsOnly, M + 2 * i, 5.0, Instant.now()));
        long newcomer = fixtures.user();
        Map<String, Double> served = Map.of("batch", served("batch"), "fold-in", served("fold-in"),
                "popular", served("popular"));
        long found = storeReads("found").count();
        long absent = storeReads("absent").count();
        long foldIns = registry.timer(Metrics.FOLD_IN).count();

        assertThat(recommendationsSource(withBatch)).isEqualTo("batch");
        assertThat(recommendationsSource(withRatingsOnly)).isEqualTo("fold-in");
        assertThat(recommendationsSource(newcomer)).isEqualTo("popular");

        assertThat(served("batch")).isEqualTo(served.get("batch") + 1);
        assertThat(served("fold-in")).isEqualTo(served.get("fold-in") + 1);
        assertThat(served("popular")).isEqualTo(served.get("popular") + 1);
        assertThat(storeReads("found").count()).isEqualTo(found + 1);
        assertThat(storeReads("absent").count()).isEqualTo(absent + 1);
        assertThat(storeReads("found").totalTime(TimeUnit.NANOSECONDS)).isPositive();
        assertThat(registry.timer(Metrics.FOLD_IN).count()).isEqualTo(foldIns + 1);
    }

    @Test
    void trainingRunsAreCountedAndTimedByTheStateTheyEndIn() throws IOException {
        TrainingFixtures.deleteAllRuns(dataSource);
        double active = count(Metrics.TRAINING_RUNS_FINISHED, Metrics.TAG_RUN_STATUS, "ACTIVE");
        double failed = count(Metrics.TRAINING_RUNS_FINISHED, Metrics.TAG_RUN_STATUS, "FAILED");
        double rejected = count(Metrics.TRAINING_RUNS_FINISHED, Metrics.TAG_RUN_STATUS, "REJECTED");
        double skipped = count(Metrics.TRAINING_RUNS_FINISHED, Metrics.TAG_RUN_STATUS, "SKIPPED");
        long activeTimed = duration("ACTIVE").count();

        runToTheEnd("succeed", 0.31, 0.12);
        runToTheEnd("fail", 0, 0);
        runToTheEnd("succeed", 0.05, 0.12);
        assertThat(trigger.trigger(false).kind()).isEqualTo(TriggerOutcome.Kind.SKIPPED);

        assertThat(count(Metrics.TRAINING_RUNS_FINISHED, Metrics.TAG_RUN_STATUS, "ACTIVE")).isEqualTo(active + 1);
        assertThat(count(Metrics.TRAINING_RUNS_FINISHED, Metrics.TAG_RUN_STATUS, "FAILED")).isEqualTo(failed + 1);
        assertThat(count(Metrics.TRAINING_RUNS_FINISHED, Metrics.TAG_RUN_STATUS, "REJECTED")).isEqualTo(rejected + 1);
        assertThat(count(Metrics.TRAINING_RUNS_FINISHED, Metrics.TAG_RUN_STATUS, "SKIPPED")).isEqualTo(skipped + 1);
        assertThat(duration("ACTIVE").count()).isEqualTo(activeTimed + 1);
        assertThat(duration("ACTIVE").max(TimeUnit.MILLISECONDS)).isPositive();
    }

    @Test
    void theServedModelsNdcgPrefersTheTimeAwareHoldout() throws IOException {
        TrainingFixtures.deleteAllRuns(dataSource);
        TrainingFixtures.jobWill("succeed");
        String runId = trigger.trigger(true).run().runId();
        Manifest random = TrainingFixtures.manifest(runId, 0.31, 0.12);
        TrainingFixtures.storeManifest(store, json, new Manifest(runId, random.createdAt(), random.parameters(),
                random.counts(), random.model(), random.baseline(), random.itemFactors(), random.popular(),
                metrics(0.27), metrics(0.11)));
        reconcileToTheEnd(runId);

        eventually(() -> assertThat(gauge(Metrics.MODEL_SERVED_NDCG)).isEqualTo(0.27));
    }

    @Test
    void theServedModelsAgeCountsFromItsActivationOrALaterSkippedRun() throws IOException {
        TrainingFixtures.deleteAllRuns(dataSource);
        TrainingFixtures.activeRunUpToDate(dataSource, json, "run-aged", 0.3);
        TrainingFixtures.execute(dataSource, "UPDATE training_runs SET activated_at = now() - interval '3 hours',"
                + " created_at = now() - interval '4 hours' WHERE run_id = 'run-aged'");

        eventually(() -> assertThat(gauge(Metrics.MODEL_SERVED_AGE)).isCloseTo(3 * 3600, within(60.0)));
        assertThat(gauge(Metrics.MODEL_SERVED_NDCG)).isEqualTo(0.3);

        assertThat(trigger.trigger(false).kind()).isEqualTo(TriggerOutcome.Kind.SKIPPED);
        eventually(() -> assertThat(gauge(Metrics.MODEL_SERVED_AGE)).isLessThan(60));
    }

    private void runToTheEnd(String job, double ndcg, double baselineNdcg) throws IOException {
        TrainingFixtures.jobWill(job);
        String runId = trigger.trigger(true).run().runId();
        if (job.equals("succeed")) {
            TrainingFixtures.storeManifest(store, json, TrainingFixtures.manifest(runId, ndcg, baselineNdcg));
        }
        reconcileToTheEnd(runId);
    }

    private void reconcileToTheEnd(String runId) {
        TrainingFixtures.await(() -> {
            reconciler.reconcile();
            return TrainingFixtures.queryLong(dataSource, "SELECT count(*) FROM training_runs WHERE run_id = '" + runId
                    + "' AND status NOT IN ('PENDING', 'EXPORTING', 'SUBMITTED', 'RUNNING', 'SUCCEEDED')");
        }, ended -> ended == 1);
    }

    private static Manifest.Metrics metrics(double ndcg) {
        return new Manifest.Metrics(null, null, 0.1, 0.2, ndcg, 0.1, 0.3);
    }

    private String recommendationsSource(long userId) {
        Api.Response response = api.send("GET", "/api/me/recommendations?limit=3", null,
                fixtures.bearer(userId).substring("Bearer ".length()), null);
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("source").getStringValue();
    }

    private double served(String source) {
        return count(Metrics.RECOMMENDATIONS_SERVED, Metrics.TAG_SOURCE, source);
    }

    private Timer storeReads(String outcome) {
        return registry.timer(Metrics.RECOMMENDATION_STORE_READS, Metrics.TAG_OUTCOME, outcome);
    }

    private Timer duration(String status) {
        return registry.timer(Metrics.TRAINING_RUN_DURATION, Metrics.TAG_RUN_STATUS, status);
    }

    private double count(String name, String... tags) {
        Counter counter = registry.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    private double gauge(String name) {
        Gauge gauge = registry.find(name).gauge();
        assertThat(gauge).as(name).isNotNull();
        return gauge.value();
    }
}
