package io.movierecs.web.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.movierecs.local.LocalAws;
import io.movierecs.web.models.ModelActivated;
import io.movierecs.web.models.ModelStore;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Emulators of its own, so stopping DynamoDB here leaves the other test classes' pair running. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DynamoDbOutageTest implements TestPropertyProvider {
    private static final int M = RecommendationFixtures.FIRST_MOVIE;
    private final LocalAws aws = LocalAws.startInMemory();

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TokenGenerator tokens;
    @Inject
    ModelStore store;
    @Inject
    JsonMapper json;
    @Inject
    ApplicationEventPublisher<ModelActivated> activations;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RecommendationTestProperties.with(aws));
        // The production budget: an outage must cost no more than this.
        properties.put("movierecs.aws.dynamodb-timeout", "200ms");
        return properties;
    }

    @AfterAll
    void stopEmulators() {
        aws.close();
    }

    @Test
    void withDynamoDbStoppedRecommendationsStillAnswerFromFoldIn() {
        RecommendationFixtures fixtures = new RecommendationFixtures(jdbc, RecommendationTestProperties.dynamoDb(aws),
                tokens, RecommendationTestProperties.TABLE);
        fixtures.movies(40);
        String runId = "run-outage-" + UUID.randomUUID();
        activations.publishEvent(new ModelActivated(runId, TestModel.write(store, json, runId, 40)));
        long userId = fixtures.user();
        Instant generatedAt = Instant.now().minus(1, ChronoUnit.HOURS);
        for (int i = 0; i < 10; i += 2) {
            fixtures.rate(userId, M + i, 5.0, generatedAt.minus(1, ChronoUnit.DAYS));
        }
        fixtures.batch(userId, runId, generatedAt, List.of(M + 11, M + 13, M + 15));

        aws.stopDynamoDb();
        long start = System.nanoTime();
        HttpResponse<RecommendationsResponse> response = client.toBlocking().exchange(
                HttpRequest.GET("/api/me/recommendations").header("Authorization", fixtures.bearer(userId)),
                RecommendationsResponse.class);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(response.code()).isEqualTo(200);
        assertThat(response.body().source()).isEqualTo("fold-in");
        assertThat(response.body().items()).isNotEmpty();
        assertThat(elapsed).isLessThan(Duration.ofSeconds(2));
    }
}
