package io.movierecs.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /admin/prometheus: the app's metrics in Prometheus' text format, for admins only. */
@MicronautTest(transactional = false)
class MetricsEndpointTest {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    DataSource dataSource;

    private Requests requests;

    @BeforeEach
    void client() {
        requests = new Requests(server, json, dataSource);
    }

    @Test
    void anAdminReadsTheMetrics() {
        requests.get("/health", null);

        HttpResponse<String> response = requests.get("/admin/prometheus", requests.adminToken());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("# TYPE jvm_memory_used_bytes gauge")
                .containsPattern("http_server_requests_seconds_count\\{.*uri=\"/health\".*} [1-9]");
    }

    @Test
    void aSignedInUserWhoIsNoAdminIsForbidden() {
        HttpResponse<String> response = requests.get("/admin/prometheus", requests.userToken());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("jvm_memory");
    }

    @Test
    void anAnonymousVisitorIsRefused() {
        HttpResponse<String> response = requests.get("/admin/prometheus", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("jvm_memory");
    }
}
