package io.movierecs.web.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.movierecs.local.SharedLocalAws;
import io.movierecs.web.models.ModelStore;
import io.movierecs.web.recommendations.RecommendationFixtures;
import io.movierecs.web.recommendations.RecommendationTestProperties;
import io.movierecs.web.recommendations.TestModel;
import io.movierecs.web.serving.ModelSwitch;
import io.movierecs.web.training.RunStatus;
import io.movierecs.web.training.TrainingFixtures;
import io.movierecs.web.training.TrainingReconciler;
import io.movierecs.web.training.TrainingRunView;
import io.movierecs.web.training.TrainingRuns;
import io.movierecs.web.training.TrainingTrigger;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Fault 1: the job writes every user's lists before the gate decides. Each run's lists live under
 * its own run id, so a rejected run leaves what users are served exactly as it was, and a rollback
 * serves the earlier run's lists the moment it commits, with nothing rewritten.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RejectedRunTest implements TestPropertyProvider {
    private static final int M = RecommendationFixtures.FIRST_MOVIE;
    private static final int MOVIES = 40;

    @Inject @Client("/") HttpClient client;
    @Inject JdbcOperations jdbc;
    @Inject TokenGenerator tokens;
    @Inject ModelStore store;
    @Inject JsonMapper json;
    @Inject DataSource dataSource;
    @Inject TrainingTrigger trigger;
    @Inject TrainingReconciler reconciler;
    @Inject TrainingRuns runs;
    @Inject ModelSwitch modelSwitch;

    RecommendationFixtures fixtures;
    String servedRun;
    List<Long> users;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TrainingFixtures.properties());
        properties.putAll(RecommendationTestProperties.with(SharedLocalAws.get()));
        return properties;
    }

    /** Three users served the lists of an active run whose model is loaded. */
    @BeforeEach
    void servedRunWithLists() throws IOException {
        fixtures = new RecommendationFixtures(jdbc, RecommendationTestProperties.dynamoDb(SharedLocalAws.get()), tokens,
                RecommendationTestProperties.TABLE);
        fixtures.movies(MOVIES);
        TrainingFixtures.deleteAllRuns(dataSource);
        servedRun = "run-served-" + UUID.randomUUID();
        TestModel.write(store, json, servedRun, MOVIES);
        TrainingFixtures.activeRunUpToDate(dataSource, json, servedRun, 0.30);
        users = List.of(
                fixtures.userWithBatch(servedRun, List.of(M + 2, M + 4, M + 6)),
                fixtures.userWithBatch(servedRun, List.of(M + 8, M + 10, M + 12)),
                fixtures.userWithBatch(servedRun, List.of(M + 14, M + 16, M + 18)));
        modelSwitch.announce();
    }

    @Test
    void aRejectedRunLeavesEveryUsersServedListAndModelVersionUnchanged() throws IOException {
        List<RecommendationsView> before = users.stream().map(this::recommendations).toList();
        assertThat(before).allSatisfy(r -> assertThat(r.source()).isEqualTo("batch"))
                .allSatisfy(r -> assertThat(r.modelVersion()).isEqualTo(servedRun));

        String rejected = runWhoseJobWroteLists(0.09, 0.10, List.of(M + 3, M + 5, M + 7));

        assertThat(rejected).isNotNull();
        assertThat(runs.find(rejected).orElseThrow().status()).isEqualTo(RunStatus.REJECTED);
        assertThat(users.stream().map(this::recommendations).toList()).isEqualTo(before);
    }

    @Test
    void aRollbackServesTheEarlierRunsListsAtOnce() throws IOException {
        List<RecommendationsView> earlier = users.stream().map(this::recommendations).toList();
        String newer = runWhoseJobWroteLists(0.31, 0.10, List.of(M + 3, M + 5, M + 7));
        assertThat(runs.find(newer).orElseThrow().status()).isEqualTo(RunStatus.ACTIVE);
        assertThat(users.stream().map(this::recommendations).toList()).allSatisfy(r -> {
            assertThat(r.modelVersion()).isEqualTo(newer);
            assertThat(r.movieIds()).containsExactly(M + 3, M + 5, M + 7);
        });

        client.toBlocking().exchange(HttpRequest.POST("/internal/training-runs/" + servedRun + "/rollback", "")
                .header("Authorization", adminBearer()));

        assertThat(users.stream().map(this::recommendations).toList()).isEqualTo(earlier);
    }

    /** Triggers a run; its job writes every user's list (the same one) and a model with these scores. */
    private String runWhoseJobWroteLists(double ndcg, double baselineNdcg, List<Integer> list) throws IOException {
        TrainingFixtures.jobWill("succeed");
        String runId = trigger.trigger(true).run().runId();
        Instant generatedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (long userId : users) {
            fixtures.batch(userId, runId, generatedAt, list);
        }
        TestModel.writeScored(store, json, runId, MOVIES, ndcg, baselineNdcg);
        TrainingRunView run = TrainingFixtures.await(() -> {
            reconciler.reconcile();
            return runs.find(runId).orElseThrow();
        }, r -> !r.status().inProgress());
        return run.runId();
    }

    private RecommendationsView recommendations(long userId) {
        return client.toBlocking().retrieve(HttpRequest.GET("/api/me/recommendations?limit=3")
                .header("Authorization", fixtures.bearer(userId)), RecommendationsView.class);
    }

    private String adminBearer() {
        return "Bearer " + tokens.generateToken(Authentication.build("1", List.of("USER", "ADMIN"),
                Map.of("email", "admin@example.com")), 3600).orElseThrow();
    }
}
