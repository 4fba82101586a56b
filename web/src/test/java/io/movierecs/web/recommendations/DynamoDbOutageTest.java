package io.movierecs.web.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.movierecs.local.LocalAws;
import io.movierecs.web.serving.ServedRunChanged;
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
class DynamoDbOutageTest extends RecommendationApiTest {
    private final LocalAws aws = LocalAws.startInMemory();

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
        RecommendationFixtures fixtures = fixturesOn(aws);
        fixtures.movies(40);
        String runId = "run-outage-" + UUID.randomUUID();
        activations.publishEvent(new ServedRunChanged(runId, TestModel.write(store, json, runId, 40)));
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
