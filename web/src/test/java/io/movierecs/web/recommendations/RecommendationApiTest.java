package io.movierecs.web.recommendations;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.support.TestPropertyProvider;
import io.movierecs.local.LocalAws;
import io.movierecs.web.models.ModelStore;
import io.movierecs.web.serving.ServedRunChanged;
import jakarta.inject.Inject;

/**
 * What the recommendation API tests share: the app's beans they reach in, fixtures writing to a
 * pair of emulators, and the recommendations request. Subclasses carry {@code @MicronautTest} and
 * say which emulators the app runs against in {@link #getProperties()}.
 */
abstract class RecommendationApiTest implements TestPropertyProvider {
    static final int M = RecommendationFixtures.FIRST_MOVIE;

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
    ApplicationEventPublisher<ServedRunChanged> activations;

    RecommendationFixtures fixturesOn(LocalAws aws) {
        return new RecommendationFixtures(jdbc, RecommendationTestProperties.dynamoDb(aws), tokens,
                RecommendationTestProperties.TABLE);
    }

    RecommendationsResponse recommendations(RecommendationFixtures fixtures, long userId, int limit) {
        return client.toBlocking().retrieve(HttpRequest.GET("/api/me/recommendations?limit=" + limit)
                .header("Authorization", fixtures.bearer(userId)), RecommendationsResponse.class);
    }
}
