package io.movierecs.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /prometheus: the app's metrics in Prometheus' text format, for admins only. */
@MicronautTest
class MetricsEndpointTest {

    @Inject
    EmbeddedServer server;

    @Inject
    TokenGenerator tokens;

    private Requests requests;

    @BeforeEach
    void client() {
        requests = new Requests(server, tokens);
    }

    @Test
    void anAdminReadsTheMetrics() {
        requests.get("/health", null);

        HttpResponse<String> response = requests.get("/prometheus", requests.token("USER", "ADMIN"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("# TYPE jvm_memory_used_bytes gauge")
                .containsPattern("http_server_requests_seconds_count\\{.*uri=\"/health\".*} [1-9]");
    }

    @Test
    void aSignedInUserWhoIsNoAdminIsForbidden() {
        HttpResponse<String> response = requests.get("/prometheus", requests.token("USER"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("jvm_memory");
    }

    @Test
    void anAnonymousVisitorIsRefused() {
        HttpResponse<String> response = requests.get("/prometheus", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("jvm_memory");
    }
}
