package io.movierecs.web.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.movierecs.web.support.Api;
import io.movierecs.web.support.PageSession;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class AccountPagesTest {

    @Inject
    EmbeddedServer server;

    @Test
    void signingUpSetsAnHttpOnlySessionCookieAndLeadsToOnboarding() {
        PageSession browser = new PageSession(server);

        HttpResponse<String> response = browser.submit("/signup", "/signup", Map.of(
                "email", Api.uniqueEmail("page"), "password", "long enough pw", "displayName", "Page User"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/onboarding");
        assertThat(browser.setCookieHeader("JWT")).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .contains("Secure");
        assertThat(browser.get("/onboarding").body()).contains("Page User").contains("Rate a few movies");
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() {
        PageSession browser = new PageSession(server);
        browser.get("/signup");

        HttpResponse<String> response = browser.post("/signup", Map.of(
                "email", Api.uniqueEmail("csrf"), "password", "long enough pw", "displayName", "X"));

        assertThat(response.statusCode()).as(response.headers() + response.body()).isEqualTo(403);
        assertThat(browser.hasCookie("JWT")).isFalse();
    }

    @Test
    void invalidSignupShowsTheProblemsOnTheForm() {
        PageSession browser = new PageSession(server);

        HttpResponse<String> response = browser.submit("/signup", "/signup", Map.of(
                "email", "nope", "password", "short", "displayName", "X"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("valid address").contains("8 to 200 characters");
    }

    @Test
    void aDisplayNameWithMarkupIsShownEscaped() {
        PageSession browser = new PageSession(server);
        browser.submit("/signup", "/signup", Map.of("email", Api.uniqueEmail("xss"),
                "password", "long enough pw", "displayName", "<script>alert(1)</script>"));

        String page = browser.get("/movies").body();

        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
    }

    @Test
    void loggingInAndOutWorksWithAWrongPasswordShownOnTheForm() {
        String email = Api.uniqueEmail("inout");
        new PageSession(server).submit("/signup", "/signup",
                Map.of("email", email, "password", "long enough pw", "displayName", "In Out"));
        PageSession browser = new PageSession(server);

        HttpResponse<String> wrong = browser.submit("/login", "/login", Map.of("email", email, "password", "nope"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("Wrong email or password");

        HttpResponse<String> right = browser.submit("/login", "/login",
                Map.of("email", email, "password", "long enough pw", "next", "/me/ratings"));
        assertThat(right.statusCode()).isEqualTo(303);
        assertThat(right.headers().firstValue("Location")).hasValue("/me/ratings");
        assertThat(browser.get("/me/ratings").statusCode()).isEqualTo(200);

        browser.submit("/movies", "/logout", Map.of());
        assertThat(browser.hasCookie("JWT")).isFalse();
        assertThat(browser.get("/me/ratings").statusCode()).isEqualTo(303);
    }

    @Test
    void aPageThatNeedsAnAccountSendsAnonymousVisitorsToLogIn() {
        HttpResponse<String> response = new PageSession(server).get("/me/ratings");

        assertThat(response.statusCode()).isIn(302, 303);
        assertThat(response.headers().firstValue("Location").orElseThrow()).startsWith("/login");
    }

    @Test
    void anOffSiteNextAfterLoginIsIgnored() {
        HttpResponse<String> response = logInWithNext("//evil.example.com/");

        assertThat(response.headers().firstValue("Location")).hasValue("/movies");
    }

    @Test
    void aNextThatNoRedirectCanNameLeadsToTheMoviesInsteadOfAnError() {
        HttpResponse<String> response = logInWithNext("/movies?query=star wars");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/movies");
    }

    private HttpResponse<String> logInWithNext(String next) {
        String email = Api.uniqueEmail("next");
        new PageSession(server).submit("/signup", "/signup",
                Map.of("email", email, "password", "long enough pw", "displayName", "Next"));
        return new PageSession(server).submit("/login", "/login",
                Map.of("email", email, "password", "long enough pw", "next", next));
    }
}
