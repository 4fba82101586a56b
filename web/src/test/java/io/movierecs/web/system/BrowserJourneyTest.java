package io.movierecs.web.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.movierecs.web.movies.MovieLensImporter;
import io.movierecs.web.support.Api;
import io.movierecs.web.support.TestCatalogue;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The core journey in Debian's Chromium, driven by Playwright, against the app on a random port. */
@MicronautTest(transactional = false)
class BrowserJourneyTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    static Playwright playwright;
    static Browser browser;

    @Inject
    EmbeddedServer server;
    @Inject
    MovieLensImporter importer;

    @BeforeAll
    static void launchChromium() {
        // Skipped only when asked for by name; a machine without Chromium fails, saying what to install.
        assumeFalse("1".equals(System.getenv("MOVIERECS_SKIP_BROWSER_TESTS")), "MOVIERECS_SKIP_BROWSER_TESTS=1");
        assertTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed: sudo apt-get install chromium "
                + "(or set MOVIERECS_SKIP_BROWSER_TESTS=1 to skip the browser test on purpose)");
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void aNewMemberSignsUpLogsInSearchesRatesTenMoviesAndSeesThemInTheirRatings() {
        TestCatalogue.ensureImported(importer);
        String base = server.getURI().toString();
        String email = Api.uniqueEmail("browser");
        try (BrowserContext context = browser.newContext(); Page page = context.newPage()) {
            page.navigate(base + "/signup");
            page.getByLabel("Display name").fill("Browser Tester");
            page.getByLabel("Email").fill(email);
            page.getByLabel("Password").fill("long enough pw");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign up")).click();
            assertThat(page).hasURL(base + "/onboarding");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
            page.navigate(base + "/login");
            page.getByLabel("Email").fill(email);
            page.getByLabel("Password").fill("long enough pw");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
            assertThat(page.locator(".who")).hasText("Browser Tester");
            assertThat(page).hasURL(base + "/onboarding");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Browse")).click();
            page.getByLabel("Title").fill("toy story");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
            assertThat(page.locator(".movie-card a").first()).hasText("Toy Story (1995)");

            page.navigate(base + "/onboarding");
            assertThat(page.locator(".progress")).hasText("You have rated 0 of 10.");
            Locator selects = page.locator("form.onboarding select");
            for (int i = 0; i < 10; i++) {
                selects.nth(i).selectOption(i % 2 == 0 ? "4.0" : "2.5");
            }
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my ratings")).click();
            assertThat(page).hasURL(base + "/recommendations");

            page.navigate(base + "/me/ratings");
            assertThat(page.locator("table.ratings tbody tr")).hasCount(10);
            assertThat(page.locator(".summary")).hasText("10 movies rated");
        }
    }

    @Test
    void pagesAndSwaggerUiWorkUnderTheContentSecurityPolicyAndCannotBeFramed() {
        TestCatalogue.ensureImported(importer);
        String base = server.getURI().toString();
        List<String> console = new CopyOnWriteArrayList<>();
        try (BrowserContext context = browser.newContext(); Page page = context.newPage()) {
            page.onConsoleMessage(message -> console.add(message.type() + ": " + message.text()));
            page.onPageError(error -> console.add("pageerror: " + error));

            Response signup = page.navigate(base + "/signup");
            Map<String, String> headers = signup.headers();
            org.assertj.core.api.Assertions.assertThat(headers).containsEntry("x-content-type-options", "nosniff")
                    .containsEntry("x-frame-options", "DENY").containsEntry("referrer-policy", "strict-origin-when-cross-origin");
            org.assertj.core.api.Assertions.assertThat(headers.get("content-security-policy")).contains("frame-ancestors 'none'");
            page.getByLabel("Display name").fill("CSP Tester");
            page.getByLabel("Email").fill(Api.uniqueEmail("csp"));
            page.getByLabel("Password").fill("long enough pw");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign up")).click();
            assertThat(page).hasURL(base + "/onboarding");

            Response moviePage = page.navigate(base + "/movies/1");
            org.assertj.core.api.Assertions.assertThat(moviePage.headers()).containsEntry("cache-control", "no-store");
            // The star widget exists only if app.js ran under the policy.
            assertThat(page.locator(".star-widget").first()).isVisible();

            page.navigate(base + "/swagger-ui/index.html");
            // Swagger UI fetches and renders the whole spec in the browser: slow on a loaded machine.
            try {
                assertThat(page.locator(".opblock").first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
            } catch (AssertionError e) {
                throw new AssertionError("Swagger UI rendered no operation; browser console: " + console, e);
            }

            org.assertj.core.api.Assertions.assertThat(console)
                    .noneMatch(line -> line.contains("Content Security Policy") || line.startsWith("pageerror"));

            page.setContent("<iframe src=\"" + base + "/movies\"></iframe>");
            page.waitForCondition(() -> console.stream().anyMatch(line -> line.contains("frame-ancestors")),
                    new Page.WaitForConditionOptions().setTimeout(10_000));
        }
    }
}
