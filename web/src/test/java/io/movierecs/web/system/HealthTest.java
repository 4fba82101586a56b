package io.movierecs.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest
class HealthTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void healthIsUpWithTheDatabaseUp() {
        Map<String, Object> health = client.toBlocking()
                .retrieve(HttpRequest.GET("/health"), Argument.mapOf(String.class, Object.class));

        assertThat(health).containsEntry("status", "UP");
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) health.get("details");
        assertThat(details).containsKey("jdbc");
        @SuppressWarnings("unchecked")
        Map<String, Object> database = (Map<String, Object>) details.get("jdbc");
        assertThat(database).containsEntry("status", "UP");
    }
}
