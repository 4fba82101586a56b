package io.movierecs.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.movierecs.web.movies.MovieLensImporter;
import io.movierecs.web.support.Admins;
import io.movierecs.web.support.Api;
import io.movierecs.web.support.Api.Response;
import io.movierecs.web.support.PageSession;
import io.movierecs.web.support.TestCatalogue;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A page of another site can make a browser send the session cookie, but cannot read or set
 * headers: cookie-only state changes need this site's Origin; forms need the CSRF token.
 */
@MicronautTest(transactional = false)
class CrossSiteRequestTest {
    private static final String EVIL = "https://evil.example";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    DataSource dataSource;
    @Inject
    MovieLensImporter importer;
    Api api;
    String token;

    @BeforeEach
    void signedIn() {
        TestCatalogue.ensureImported(importer);
        api = new Api(server, json);
        token = api.newUserToken();
    }

    @Test
    void aCrossSiteRatingWithTheCookieIsRefusedAndNothingStored() {
        Response put = cookie("PUT", "/api/me/ratings/1", "{\"rating\":4.0}", token, EVIL);
        Response delete = cookie("DELETE", "/api/me/hidden/1", null, token, EVIL);
        Response hide = cookie("PUT", "/api/me/hidden/1", null, token, null);

        assertThat(put.status()).isEqualTo(403);
        assertThat(put.contentType()).startsWith("application/problem+json");
        assertThat(delete.status()).isEqualTo(403);
        assertThat(hide.status()).as("no Origin at all").isEqualTo(403);
        assertThat(api.get("/api/me/ratings", token).json().size()).isZero();
    }

    @Test
    void theSameRequestFromThisSiteOrWithTheBearerHeaderWorks() {
        String self = "http://localhost:" + server.getPort();

        assertThat(cookie("PUT", "/api/me/ratings/1", "{\"rating\":4.0}", token, self).status()).isEqualTo(200);
        assertThat(api.put("/api/me/ratings/2", "{\"rating\":3.0}", token).status()).isEqualTo(200);
        assertThat(api.get("/api/me/ratings", token).json().size()).isEqualTo(2);
    }

    @Test
    void aCrossSiteTrainingTriggerFromAnAdminSessionIsRefused() {
        String admin = Admins.newAdminToken(api, dataSource);

        Response response = cookie("POST", "/internal/training-runs", "", admin, EVIL);

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void everyFormNeedsTheCsrfTokenEvenWhereItsControllerChecksNothing() {
        PageSession browser = signedUpBrowser("forms");

        HttpResponse<String> skip = browser.post("/onboarding/skip", Map.of());
        HttpResponse<String> rate = browser.post("/movies/1/rating", Map.of("rating", "4.0"));
        HttpResponse<String> wrongToken = browser.post("/movies/1/rating", Map.of("rating", "4.0", "csrf", "guessed"));

        assertThat(skip.statusCode()).isEqualTo(403);
        assertThat(rate.statusCode()).isEqualTo(403);
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(browser.get("/me/ratings").body()).doesNotContain("Toy Story (1995)");
    }

    @Test
    void theNotInterestedButtonNeedsTheCsrfToken() {
        PageSession browser = signedUpBrowser("hide-form");

        HttpResponse<String> withoutToken = browser.post("/recommendations/hidden/1", Map.of());
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(api.get("/api/me/hidden", browser.cookie("JWT")).body()).isEqualTo("[]");

        HttpResponse<String> withToken = browser.submit("/recommendations", "/recommendations/hidden/1", Map.of());
        assertThat(withToken.statusCode()).isEqualTo(303);
        assertThat(api.get("/api/me/hidden", browser.cookie("JWT")).body()).isEqualTo("[1]");
    }

    private PageSession signedUpBrowser(String name) {
        PageSession browser = new PageSession(server);
        browser.submit("/signup", "/signup", Map.of("email", Api.uniqueEmail(name), "password", "long enough pw",
                "displayName", name));
        return browser;
    }

    private Response cookie(String method, String path, String body, String jwt, String origin) {
        Map<String, String> headers = origin == null ? Map.of("Cookie", "JWT=" + jwt)
                : Map.of("Cookie", "JWT=" + jwt, "Origin", origin);
        return api.send(method, path, body, null, body == null ? null : "application/json", headers);
    }
}
