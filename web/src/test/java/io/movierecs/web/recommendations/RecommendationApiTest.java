package io.movierecs.web.recommendations;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.support.TestPropertyProvider;
import io.movierecs.contracts.ModelLayout;
import io.movierecs.local.LocalAws;
import io.movierecs.local.SharedLocalAws;
import io.movierecs.web.models.ModelStore;
import io.movierecs.web.serving.ServedRunChanged;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * What the recommendation API tests share: the app's beans they reach in, fixtures writing to a
 * pair of emulators, and the recommendations request. Subclasses carry {@code @MicronautTest}; the
 * app runs against the shared emulators unless a subclass says otherwise in {@link #getProperties()}.
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

    @Override
    public Map<String, String> getProperties() {
        return RecommendationTestProperties.with(SharedLocalAws.get());
    }

    /** Forty movies in the catalogue and {@code runId} serving with no model written: its lists serve without because lines. */
    RecommendationFixtures catalogueServing(String runId) {
        RecommendationFixtures fixtures = fixturesOn(SharedLocalAws.get());
        fixtures.movies(40);
        activations.publishEvent(new ServedRunChanged(runId, ModelLayout.modelPrefix(runId)));
        return fixtures;
    }

    RecommendationFixtures fixturesOn(LocalAws aws) {
        return new RecommendationFixtures(jdbc, RecommendationTestProperties.dynamoDb(aws), tokens,
                RecommendationTestProperties.TABLE);
    }

    RecommendationsResponse recommendations(RecommendationFixtures fixtures, long userId, int limit) {
        return client.toBlocking().retrieve(HttpRequest.GET("/api/me/recommendations?limit=" + limit)
                .header("Authorization", fixtures.bearer(userId)), RecommendationsResponse.class);
    }
}
