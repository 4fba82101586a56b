package io.movierecs.web.training;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.movierecs.web.support.Admins;
import io.movierecs.web.support.Api;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The admin page's charts and online shares as Debian's Chromium draws them, under the page's CSP. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingChartsBrowserTest implements TestPropertyProvider {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String PASSWORD = "long enough pw";
    private static final int MOVIE = 60_000_100;

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject DataSource dataSource;

    Playwright playwright;
    Browser browser;

    @Override
    public Map<String, String> getProperties() {
        return TrainingFixtures.properties();
    }

    @BeforeAll
    void launchChromium() {
        assumeFalse("1".equals(System.getenv("MOVIERECS_SKIP_BROWSER_TESTS")), "MOVIERECS_SKIP_BROWSER_TESTS=1");
        assertTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed: sudo apt-get install chromium");
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /**
     * "run-old" predates the time-aware holdout and the beyond-accuracy measures; "run-new" has
     * both, and showed the admin two movies, one of which they rated 4.5 a day later.
     */
    @Test
    void theChartsDrawBothHoldoutsAndTheBeyondAccuracySeriesAndTheTableShowsTheOnlineShares() throws IOException {
        String email = Api.uniqueEmail("charts-admin");
        Api api = new Api(server, json);
        assertThat(api.post("/api/signup", Api.signupJson(email, PASSWORD, "Chart Admin")).status()).isEqualTo(201);
        Admins.grant(dataSource, email);
        TrainingFixtures.deleteAllRuns(dataSource);
        TrainingFixtures.execute(dataSource, "DELETE FROM impressions WHERE model_version IN ('run-old', 'run-new')");
        TrainingFixtures.activeRunUpToDate(dataSource, json, TrainingFixtures.manifest("run-old", 0.28, 0.14));
        TrainingFixtures.execute(dataSource, "UPDATE training_runs SET status = 'RETIRED', created_at = now() - interval '1 day'"
                + " WHERE run_id = 'run-old'");
        TrainingFixtures.activeRunUpToDate(dataSource, json, TrainingFixtures.manifest("run-new", 0.31, 0.15, 0.21, 0.09));
        onlineFeedbackFor(email);

        List<String> console = new CopyOnWriteArrayList<>();
        try (BrowserContext context = browser.newContext(); Page page = context.newPage()) {
            page.onConsoleMessage(message -> console.add(message.type() + ": " + message.text()));
            page.onPageError(error -> console.add("pageerror: " + error));
            String base = server.getURI().toString();
            page.navigate(base + "/login");
            page.getByLabel("Email").fill(email);
            page.getByLabel("Password").fill(PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
            page.waitForURL(url -> !url.endsWith("/login"));
            page.navigate(base + "/training-runs");
            page.waitForFunction("() => typeof Chart !== 'undefined' && Chart.getChart('training-chart') !== undefined"
                    + " && Chart.getChart('beyond-accuracy-chart') !== undefined");

            assertThat(labels(page, "training-chart")).containsExactly("NDCG@10, random holdout",
                    "NDCG@10, random holdout, popularity baseline", "NDCG@10, time-aware holdout (the gate)",
                    "NDCG@10, time-aware holdout (the gate), popularity baseline");
            assertThat(series(page, "training-chart", 2)).isEqualTo("null,0.21");
            assertThat(series(page, "training-chart", 3)).isEqualTo("null,0.09");
            assertThat(series(page, "training-chart", 0)).isEqualTo("0.28,0.31");
            assertThat(labels(page, "beyond-accuracy-chart")).containsExactly("Catalogue coverage",
                    "Catalogue coverage, popularity baseline", "Intra-list diversity",
                    "Intra-list diversity, popularity baseline", "Novelty (bits)", "Novelty (bits), popularity baseline");
            assertThat(series(page, "beyond-accuracy-chart", 0)).isEqualTo("null,0.25");
            assertThat(series(page, "beyond-accuracy-chart", 3)).isEqualTo("null,0.5");
            assertThat(series(page, "beyond-accuracy-chart", 4)).isEqualTo("null,9.5");
            assertThat(page.locator("tr:has-text('run-new') td.time-aware-ndcg")).hasText("0.2100 (0.0900)");
            assertThat(page.locator("tr:has-text('run-new') td.online")).hasText("50.0% / 0.0% of 2 shown");
            assertThat(page.locator("tr:has-text('run-old') td.online")).isEmpty();
            assertThat(console).noneMatch(line -> line.contains("Content Security Policy") || line.startsWith("pageerror"));
        }
    }

    private void onlineFeedbackFor(String email) {
        TrainingFixtures.execute(dataSource, "INSERT INTO movies (movie_id, title) VALUES (" + MOVIE + ", 'Chart Film'), ("
                + (MOVIE + 1) + ", 'Other Chart Film') ON CONFLICT DO NOTHING");
        String user = "(SELECT id FROM users WHERE lower(email) = lower('" + email + "'))";
        TrainingFixtures.execute(dataSource, "INSERT INTO impressions (user_id, model_version, movie_id, shown_on, source, position,"
                + " shown_at) SELECT " + user + ", 'run-new', m, (now() - interval '2 days')::date, 'batch', p,"
                + " now() - interval '2 days' FROM (VALUES (" + MOVIE + ", 1), (" + (MOVIE + 1) + ", 2)) AS v(m, p)");
        TrainingFixtures.execute(dataSource, "INSERT INTO ratings (user_id, movie_id, rating, rated_at) SELECT " + user + ", "
                + MOVIE + ", 4.5, now() - interval '1 day'");
    }

    private static List<String> labels(Page page, String chart) {
        Object labels = page.evaluate("id => Chart.getChart(id).data.datasets.map(d => d.label).join('|')", chart);
        return Arrays.asList(String.valueOf(labels).split("\\|"));
    }

    private static String series(Page page, String chart, int dataset) {
        return String.valueOf(page.evaluate("([id, i]) => Chart.getChart(id).data.datasets[i].data.map(v => String(v)).join(',')",
                List.of(chart, dataset)));
    }
}
