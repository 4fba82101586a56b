package io.movierecs.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.movierecs.web.support.Api;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class OpenApiTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    void theOpenApiDocumentDescribesTheJsonApi() {
        Api.Response spec = new Api(server, json).get("/swagger/movierecs-1.yml");

        assertThat(spec.status()).isEqualTo(200);
        assertThat(spec.body()).contains("/api/signup", "/api/login", "/api/movies/{movieId}",
                "/api/me/ratings/{movieId}", "bearer");
    }

    @Test
    void swaggerUiIsServedByTheAppItself() {
        Api api = new Api(server, json);
        Api.Response page = api.get("/swagger-ui/index.html");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("/swagger-ui/res/swagger-ui-bundle.js").doesNotContain("https://");
        assertThat(api.get("/swagger-ui/res/swagger-ui-bundle.js").status()).isEqualTo(200);
    }
}
