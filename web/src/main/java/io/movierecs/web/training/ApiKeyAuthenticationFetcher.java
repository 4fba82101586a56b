package io.movierecs.web.training;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Singleton;
import java.util.List;
import org.reactivestreams.Publisher;

/**
 * Authenticates calls to /internal/** carrying the training API key. Only there: elsewhere
 * an authentication's name is a user id, which this caller is not.
 */
@Singleton
class ApiKeyAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {
    private final TrainingApiKey apiKey;

    ApiKeyAuthenticationFetcher(TrainingApiKey apiKey) {
        this.apiKey = apiKey;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        if (request.getPath().startsWith("/internal/")
                && apiKey.matches(request.getHeaders().get(TrainingApiKey.HEADER))) {
            return Publishers.just(Authentication.build("training-api-key", List.of(TrainingApiKey.ROLE)));
        }
        return Publishers.empty();
    }
}
