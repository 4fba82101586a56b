package io.movierecs.web.faults;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.token.generator.TokenGenerator;
import io.movierecs.local.LocalAws;
import io.movierecs.web.models.ModelStore;
import io.movierecs.web.recommendations.RecommendationFixtures;
import io.movierecs.web.recommendations.RecommendationTestProperties;
import io.movierecs.web.recommendations.TestModel;
import io.movierecs.web.serving.ModelSwitch;
import io.movierecs.web.support.Admins;
import io.movierecs.web.support.Api;
import io.movierecs.web.training.TrainingFixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * What the fault tests start from: a served run whose model is loaded and three users served its
 * lists, on a real PostgreSQL and emulators, and their recommendations read over HTTP.
 */
final class ServedListsFixture {
    static final int M = RecommendationFixtures.FIRST_MOVIE;
    static final int MOVIES = 40;

    private final ApplicationContext context;
    private final HttpClient client;
    final RecommendationFixtures fixtures;
    String servedRun;
    List<Long> users;

    ServedListsFixture(ApplicationContext context, HttpClient client, LocalAws aws) {
        this.context = context;
        this.client = client;
        this.fixtures = new RecommendationFixtures(context.getBean(JdbcOperations.class),
                RecommendationTestProperties.dynamoDb(aws), context.getBean(TokenGenerator.class),
                RecommendationTestProperties.TABLE);
    }

    /**
     * The training tests' properties (fake job, emulators) with the recommendation tests' (table,
     * budgets), and a fixed JWT secret, so tokens made here are good for any app started with them.
     */
    static Map<String, String> properties(LocalAws aws) {
        Map<String, String> properties = new HashMap<>(TrainingFixtures.properties());
        properties.putAll(RecommendationTestProperties.with(aws));
        properties.put("movierecs.jwt.secret", "fault-tests-secret-of-at-least-32-characters");
        return properties;
    }

    /** No other run, and a served run of its own with a list for each of three users. */
    void servedRunWithLists() {
        fixtures.movies(MOVIES);
        DataSource dataSource = context.getBean(DataSource.class);
        TrainingFixtures.deleteAllRuns(dataSource);
        servedRun = "run-served-" + UUID.randomUUID();
        TestModel.write(store(), json(), servedRun, MOVIES);
        try {
            TrainingFixtures.activeRunUpToDate(dataSource, json(), servedRun, 0.30);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        users = List.of(
                fixtures.userWithBatch(servedRun, List.of(M + 2, M + 4, M + 6)),
                fixtures.userWithBatch(servedRun, List.of(M + 8, M + 10, M + 12)),
                fixtures.userWithBatch(servedRun, List.of(M + 14, M + 16, M + 18)));
        context.getBean(ModelSwitch.class).announce();
    }

    /** What a run's job writes: the same list for every user, under the run's id, and its model. */
    void jobOutput(String runId, List<Integer> list, double ndcg, double baselineNdcg) {
        jobLists(runId, list);
        TestModel.writeScored(store(), json(), runId, MOVIES, ndcg, baselineNdcg);
    }

    /** The lists alone, as a job writes them before its model. */
    void jobLists(String runId, List<Integer> list) {
        Instant generatedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (long userId : users) {
            fixtures.batch(userId, runId, generatedAt, list);
        }
    }

    List<RecommendationsView> recommendations() {
        return recommendations(client);
    }

    /** What each user is served, asked of the app behind {@code app}. */
    List<RecommendationsView> recommendations(HttpClient app) {
        return users.stream().map(userId -> recommendations(app, userId)).toList();
    }

    RecommendationsView recommendations(HttpClient app, long userId) {
        return app.toBlocking().retrieve(HttpRequest.GET("/api/me/recommendations?limit=3")
                .header("Authorization", fixtures.bearer(userId)), RecommendationsView.class);
    }

    /** A new account granted the admin role in the database, as an operator would. */
    String adminBearer(Api api) {
        return "Bearer " + Admins.newAdminToken(api, context.getBean(DataSource.class));
    }

    private ModelStore store() {
        return context.getBean(ModelStore.class);
    }

    private JsonMapper json() {
        return context.getBean(JsonMapper.class);
    }
}
