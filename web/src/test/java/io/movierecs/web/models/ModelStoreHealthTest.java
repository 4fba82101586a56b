package io.movierecs.web.models;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.movierecs.local.SharedLocalAws;
import io.movierecs.web.support.Admins;
import io.movierecs.web.support.Api;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelStoreHealthTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("movierecs.aws.s3-endpoint", SharedLocalAws.get().s3Endpoint().toString(),
                "movierecs.models.create-bucket", "true", "movierecs.models.health", "true");
    }

    @Test
    void healthShowsTheModelStoreUpWithItsBucket() {
        Map<String, Object> health;
        try {
            String admin = Admins.newAdminToken(new Api(server, json), dataSource);
            health = client.toBlocking().retrieve(HttpRequest.GET("/admin/health").bearerAuth(admin),
                    Argument.mapOf(String.class, Object.class));
        } catch (HttpClientResponseException down) {
            // another part may be down here (DynamoDB without its table); the model store's detail still shows
            health = down.getResponse().getBody(Argument.mapOf(String.class, Object.class)).orElseThrow();
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> modelStore = (Map<String, Object>) ((Map<String, Object>) health.get("details")).get("modelStore");
        assertThat(modelStore).containsEntry("status", "UP");
        assertThat(modelStore.get("details")).isEqualTo(Map.of("bucket", "movierecs-models"));
    }
}
