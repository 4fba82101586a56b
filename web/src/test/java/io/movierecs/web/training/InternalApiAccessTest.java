package io.movierecs.web.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.movierecs.web.support.Admins;
import io.movierecs.web.support.Api;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** /internal/** takes the API key or an admin; roll-back takes an admin only. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InternalApiAccessTest implements TestPropertyProvider {
    private final String adminEmail = Api.uniqueEmail("training-admin");

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        return TrainingFixtures.propertiesWithAdmin(adminEmail);
    }

    @BeforeEach
    void twoTrainedRuns() throws IOException {
        TrainingFixtures.retiredAndActiveRuns(dataSource, json);
        TrainingFixtures.execute(dataSource, "INSERT INTO training_runs (run_id, status, reason) VALUES ('run-broken', 'FAILED', 'exit status 1')");
    }

    @Test
    void anAdminSeesTheRunsWithTheirMetrics() {
        Api.Response runs = api().get("/internal/training-runs", adminToken());

        assertThat(runs.status()).isEqualTo(200);
        assertThat(runs.body()).contains("run-current", "run-earlier", "ndcgAt10");
    }

    @Test
    void aUserWhoIsNoAdminIsForbidden() {
        String token = api().newUserToken();

        assertThat(api().get("/internal/training-runs", token).status()).isEqualTo(403);
        assertThat(api().send("POST", "/internal/training-runs", "", token, "application/json").status()).isEqualTo(403);
    }

    @Test
    void anAdminRollsBackToAnEarlierRun() {
        Api.Response response = api().send("POST", "/internal/training-runs/run-earlier/rollback", "", adminToken(), "application/json");

        assertThat(response.status()).isEqualTo(200);
        assertThat(TrainingFixtures.servedRunId(dataSource)).contains("run-earlier");
        assertThat(api().get("/internal/training-runs/run-current", adminToken()).json().get("status").getStringValue())
                .isEqualTo("RETIRED");
    }

    @Test
    void aFailedRunCannotBeRolledBackTo() {
        Api.Response response = api().send("POST", "/internal/training-runs/run-broken/rollback", "", adminToken(), "application/json");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.detail()).contains("only a RETIRED or REJECTED run");
        assertThat(TrainingFixtures.servedRunId(dataSource)).contains("run-current");
    }

    @Test
    void theApiKeyCannotRollBack() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(server.getURI().resolve("/internal/training-runs/run-earlier/rollback"))
                        .header("X-Api-Key", "test-training-key").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(TrainingFixtures.servedRunId(dataSource)).contains("run-current");
    }

    @Test
    void anUnknownRunIsNotFound() {
        Api.Response response = api().get("/internal/training-runs/run-nope", adminToken());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.detail()).isEqualTo("No training run run-nope");
    }

    private Api api() {
        return new Api(server, json);
    }

    private String adminToken() {
        Api api = api();
        Api.Response login = api.login(adminEmail, "correct horse battery");
        if (login.status() != 200) {
            api.post("/api/signup", Api.signupJson(adminEmail, "correct horse battery", "Admin"));
            Admins.grant(dataSource, adminEmail);
            login = api.login(adminEmail, "correct horse battery");
        }
        return login.json().get("access_token").getStringValue();
    }
}
