package io.movierecs.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.movierecs.web.support.Admins;
import io.movierecs.web.support.Api;
import io.movierecs.web.support.Api.Response;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class HealthTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    DataSource dataSource;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(server, json);
    }

    @Test
    void theLoadBalancersCheckSaysUpAndNothingAboutTheParts() {
        Response health = api.get("/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").getStringValue()).isEqualTo("UP");
        assertThat(health.body()).doesNotContain("jdbc", "postgresql", "details", "bucket", "movierecs-models");
    }

    @Test
    void theDetailedViewIsForAdminsOnly() {
        assertThat(api.get("/admin/health").status()).isEqualTo(401);
        assertThat(api.get("/admin/health", api.newUserToken()).status()).isEqualTo(403);

        Response details = api.get("/admin/health", Admins.newAdminToken(api, dataSource));

        assertThat(details.body()).contains("\"jdbc\"").contains("UP");
    }
}
