package io.movierecs.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.movierecs.local.LocalAws;
import io.movierecs.web.support.Api;
import io.movierecs.web.support.TestCatalogue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole loop through HTTP, as a user and EventBridge see it: sign up, rate, trigger a run with
 * the API key, the real job trains in Spark local mode, the model is activated, recommendations
 * come from the batch; after a restart of the app the same recommendations come back.
 */
class RecommendationLoopEndToEndTest {
    private static final String API_KEY = "e2e-training-key";
    /** Well-known science fiction and animation, mixed so the user has a clear taste. */
    private static final List<Integer> RATED = List.of(260, 1196, 1210, 2571, 1240, 589, 541, 1200, 1214, 1,
            2355, 3114, 4306, 6377, 8961);

    @TempDir
    static Path emulatorData;
    private static LocalAws aws;
    private static EmbeddedServer server;

    @BeforeAll
    static void startEmulators() {
        aws = LocalAws.start(emulatorData);
    }

    @AfterAll
    static void stopAll() {
        if (server != null) {
            server.close();
        }
        aws.close();
    }

    @Test
    void ratingsTrainABatchModelWhoseRecommendationsSurviveARestart() throws Exception {
        server = start();
        // Runs other test classes left in the shared test database must not stand in for this one.
        execute(server, "DELETE FROM training_runs");
        Api api = api(server);
        String token = api.newUserToken();
        for (int i = 0; i < RATED.size(); i++) {
            double rating = i < 10 ? 5.0 : 4.0;
            assertThat(api.put("/api/me/ratings/" + RATED.get(i), "{\"rating\":" + rating + "}", token).status())
                    .isIn(200, 201);
        }

        HttpResponse<String> trigger = internal("POST", "/internal/training-runs?force=true");
        assertThat(trigger.statusCode()).isIn(200, 202);
        String runId = json(trigger.body()).get("runId").getStringValue();
        JsonNode run = awaitFinished(runId);
        assertThat(run.get("status").getStringValue()).as(run.toString()).isEqualTo("ACTIVE");

        // The job's lists are in DynamoDB before the app has loaded the run's model, and the because
        // lines come from that model: wait until the app serves it.
        awaitServedModel(api, token, runId);
        JsonNode recommendations = awaitBatch(api, token, runId);
        List<Integer> recommended = movieIds(recommendations);
        assertThat(recommended).hasSize(10).doesNotContainAnyElementsOf(RATED);
        assertThat(becauseLines(recommendations)).isNotEmpty().allMatch(RATED::contains);
        int runsBefore = json(internal("GET", "/internal/training-runs").body()).size();

        server.close();
        server = start();
        JsonNode afterRestart = awaitBatch(api(server), token, runId);

        assertThat(movieIds(afterRestart)).isEqualTo(recommended);
        assertThat(afterRestart.get("modelVersion").getStringValue()).isEqualTo(runId);
        assertThat(json(internal("GET", "/internal/training-runs").body()).size()).isEqualTo(runsBefore);
    }

    private static EmbeddedServer start() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("movierecs.aws.dynamodb-endpoint", aws.dynamoDbEndpoint().toString());
        properties.put("movierecs.aws.s3-endpoint", aws.s3Endpoint().toString());
        properties.put("movierecs.models.create-bucket", "true");
        properties.put("movierecs.recommendations.create-table", "true");
        properties.put("movierecs.movielens.dir", TestCatalogue.smallDataset().toString());
        properties.put("movierecs.training.api-key", API_KEY);
        // A configured secret, as in production, so sessions outlive the restart.
        properties.put("movierecs.jwt.secret", "end-to-end-test-secret-of-at-least-32-chars");
        properties.put("movierecs.training.launcher", "local");
        properties.put("movierecs.training.local.work-dir", emulatorData.resolve("runs").toString());
        properties.put("movierecs.training.reconciler.enabled", "true");
        properties.put("movierecs.training.reconciler.interval", "2s");
        properties.put("movierecs.training.job.max-iter", "8");
        properties.put("movierecs.training.gate-tolerance", "1.0");
        return ApplicationContext.run(EmbeddedServer.class, properties, "test");
    }

    private static void execute(EmbeddedServer server, String sql) throws java.sql.SQLException {
        javax.sql.DataSource dataSource = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
                .unwrapDataSource(server.getApplicationContext().getBean(javax.sql.DataSource.class));
        try (java.sql.Connection connection = dataSource.getConnection();
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Api api(EmbeddedServer server) {
        return new Api(server, server.getApplicationContext().getBean(JsonMapper.class));
    }

    private static JsonNode awaitFinished(String runId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (true) {
            JsonNode run = json(internal("GET", "/internal/training-runs/" + runId).body());
            String status = run.get("status").getStringValue();
            if (Set.of("ACTIVE", "REJECTED", "FAILED", "RETIRED").contains(status)
                    || Instant.now().isAfter(deadline)) {
                return run;
            }
            Thread.sleep(2000);
        }
    }

    /** Similar movies come from the model the app serves, and their answer names it. */
    private static void awaitServedModel(Api api, String token, String runId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String served;
        do {
            JsonNode similar = api.get("/api/movies/" + RATED.get(0) + "/similar", token).json();
            served = similar.get("modelVersion") == null ? null : similar.get("modelVersion").getStringValue();
            if (runId.equals(served)) {
                return;
            }
            Thread.sleep(500);
        } while (Instant.now().isBefore(deadline));
        assertThat(served).as("the model the app serves").isEqualTo(runId);
    }

    /** Activation reaches the recommendation side through an event; give it a moment. */
    private static JsonNode awaitBatch(Api api, String token, String runId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode body;
        do {
            Api.Response response = api.get("/api/me/recommendations?limit=10", token);
            assertThat(response.status()).isEqualTo(200);
            body = response.json();
            if ("batch".equals(body.get("source").getStringValue())) {
                break;
            }
            Thread.sleep(1000);
        } while (Instant.now().isBefore(deadline));
        assertThat(body.get("source").getStringValue()).isEqualTo("batch");
        assertThat(body.get("modelVersion").getStringValue()).isEqualTo(runId);
        return body;
    }

    private static List<Integer> movieIds(JsonNode recommendations) {
        List<Integer> ids = new ArrayList<>();
        for (JsonNode item : recommendations.get("items").values()) {
            ids.add(item.get("movieId").getIntValue());
        }
        return ids;
    }

    private static Set<Integer> becauseLines(JsonNode recommendations) {
        Set<Integer> because = new HashSet<>();
        for (JsonNode item : recommendations.get("items").values()) {
            for (JsonNode reason : item.get("because").values()) {
                because.add(reason.get("movieId").getIntValue());
            }
        }
        return because;
    }

    private static HttpResponse<String> internal(String method, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.getURI() + path))
                .header("X-Api-Key", API_KEY).header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String body) throws IOException {
        return server.getApplicationContext().getBean(JsonMapper.class).readValue(body, JsonNode.class);
    }
}
