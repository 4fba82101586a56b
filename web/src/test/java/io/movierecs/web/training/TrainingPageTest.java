package io.movierecs.web.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.movierecs.web.support.Admins;
import io.movierecs.web.support.Api;
import io.movierecs.web.support.PageSession;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingPageTest implements TestPropertyProvider {
    private static final String PASSWORD = "long enough pw";
    private final String adminEmail = Api.uniqueEmail("page-admin");

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
    }

    @Test
    void anAdminSeesTheRunsTheirMetricsAChartAndTheButtons() {
        String page = admin().get("/training-runs").body();

        assertThat(page).contains("Serving the model of run <strong>run-current</strong>")
                .contains("run-earlier").contains("0.2500").contains("rank 32, 15 iterations")
                .contains("Train now").contains("Roll back to run run-earlier")
                .contains("data-points=").contains("/webjars/chart.js/4.4.7/dist/chart.umd.js");
    }

    @Test
    void theChartLibraryIsServedByTheApp() {
        HttpResponse<String> chartJs = new PageSession(server).get("/webjars/chart.js/4.4.7/dist/chart.umd.js");

        assertThat(chartJs.statusCode()).isEqualTo(200);
        assertThat(chartJs.body()).contains("Chart.js");
        assertThat(new PageSession(server).get("/static/training-chart.js").statusCode()).isEqualTo(200);
    }

    @Test
    void theRollBackButtonMakesTheEarlierRunServe() {
        PageSession admin = admin();

        HttpResponse<String> response = admin.submit("/training-runs", "/training-runs/run-earlier/rollback", Map.of());

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(TrainingFixtures.servedRunId(dataSource)).contains("run-earlier");
        assertThat(admin.get(response.headers().firstValue("Location").orElseThrow()).body())
                .contains("Rolled back to run run-earlier");
    }

    @Test
    void theTrainButtonStartsARun() {
        TrainingFixtures.jobWill("sleep");
        PageSession admin = admin();

        HttpResponse<String> response = admin.submit("/training-runs", "/training-runs", Map.of("force", "true"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(admin.get(response.headers().firstValue("Location").orElseThrow()).body()).contains("started");
    }

    @Test
    void theButtonsWithoutTheCsrfTokenAreRefusedAndChangeNothing() {
        TrainingFixtures.jobWill("sleep");
        PageSession admin = admin();
        long runs = TrainingFixtures.queryLong(dataSource, "SELECT count(*) FROM training_runs");

        assertThat(admin.post("/training-runs", Map.of("force", "true")).statusCode()).isEqualTo(403);
        assertThat(admin.post("/training-runs/run-earlier/rollback", Map.of()).statusCode()).isEqualTo(403);
        assertThat(admin.post("/training-runs/run-current/cancel", Map.of("csrf", "guessed")).statusCode()).isEqualTo(403);
        assertThat(TrainingFixtures.queryLong(dataSource, "SELECT count(*) FROM training_runs")).isEqualTo(runs);
        assertThat(TrainingFixtures.servedRunId(dataSource)).contains("run-current");
    }

    @Test
    void aUserWhoIsNoAdminCannotSeeThePage() {
        PageSession user = new PageSession(server);
        user.submit("/signup", "/signup", Map.of("email", Api.uniqueEmail("page-user"), "password", PASSWORD,
                "displayName", "Not Admin"));

        assertThat(user.get("/training-runs").statusCode()).isEqualTo(403);
    }

    private PageSession admin() {
        PageSession browser = new PageSession(server);
        HttpResponse<String> login = browser.submit("/login", "/login", Map.of("email", adminEmail, "password", PASSWORD));
        if (login.statusCode() != 303) {
            browser.submit("/signup", "/signup", Map.of("email", adminEmail, "password", PASSWORD, "displayName", "Admin"));
            Admins.grant(dataSource, adminEmail);
        }
        return browser;
    }
}
