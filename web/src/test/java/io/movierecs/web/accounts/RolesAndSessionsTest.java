package io.movierecs.web.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.movierecs.web.support.Api;
import io.movierecs.web.support.Api.Response;
import io.movierecs.web.support.PageSession;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Roles come from the database and tokens are only as good as the database says now. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RolesAndSessionsTest implements TestPropertyProvider {

    private static final String CLAIMED = Api.uniqueEmail("first-admin");
    private static final String PASSWORD = "long enough pw";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    Api api;

    @Override
    public Map<String, String> getProperties() {
        // What used to make whoever signs up with this address an admin.
        return Map.of("movierecs.admins", CLAIMED);
    }

    @BeforeEach
    void client() {
        api = new Api(server, json);
    }

    @Test
    void signingUpWithAnAddressNamedInTheOldAdminsSettingGivesNoAdminRole() {
        api.post("/api/signup", Api.signupJson(CLAIMED, PASSWORD, "Claimer"));
        String token = token(CLAIMED);

        assertThat(api.get("/internal/training-runs", token).status()).isEqualTo(403);
    }

    @Test
    void grantAdminMakesAnAccountAdminAtOnceAndRevokeEndsItsSessions() {
        String email = signUp("operator-made");
        String token = token(email);
        assertThat(api.get("/internal/training-runs", token).status()).isEqualTo(403);

        Command granted = command(AdminRoleCommand.GRANT, email);
        assertThat(granted.exit()).as(granted.output()).isZero();
        assertThat(granted.output()).contains("Granted the admin role");
        assertThat(api.get("/internal/training-runs", token).status()).as("the same token, now admin").isEqualTo(200);

        Command revoked = command(AdminRoleCommand.REVOKE, email);
        assertThat(revoked.exit()).as(revoked.output()).isZero();
        assertThat(api.get("/internal/training-runs", token).status()).as("demoted: session over").isEqualTo(401);
        assertThat(api.get("/internal/training-runs", token(email)).status()).isEqualTo(403);
    }

    @Test
    void grantAdminRefusesAnUnknownEmailAndBadArguments() {
        assertThat(command(AdminRoleCommand.GRANT, Api.uniqueEmail("nobody")).exit()).isEqualTo(1);
        assertThat(AdminRoleCommand.run(new String[] {AdminRoleCommand.GRANT}, new PrintStream(new ByteArrayOutputStream())))
                .isEqualTo(2);
    }

    @Test
    void logOutThroughTheApiEndsTheToken() {
        String token = token(signUp("api-logout"));
        assertThat(api.get("/api/me", token).status()).isEqualTo(200);

        assertThat(api.send("POST", "/api/logout", null, token, null).status()).isEqualTo(204);

        assertThat(api.get("/api/me", token).status()).isEqualTo(401);
        assertThat(api.put("/api/me/ratings/1", "{\"rating\":4.0}", token).status()).isEqualTo(401);
    }

    @Test
    void logOutFromThePageEndsTheSessionEvenForACopiedCookie() throws Exception {
        String email = signUp("page-logout");
        PageSession browser = new PageSession(server);
        browser.submit("/login", "/login", Map.of("email", email, "password", PASSWORD, "next", "/me/ratings"));
        String copied = browser.cookie("JWT");
        assertThat(withCookie(copied)).isEqualTo(200);

        browser.submit("/movies", "/logout", Map.of());

        assertThat(withCookie(copied)).as("the copied cookie after logout").isIn(302, 303);
    }

    @Test
    void changingThePasswordEndsEveryOldTokenAndAnswersANewOne() {
        String email = signUp("new-password");
        String old = token(email);
        String other = token(email);

        Response changed = api.send("POST", "/api/me/password",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"a brand new secret\"}", old, "application/json");

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        String fresh = changed.json().get("access_token").getStringValue();
        assertThat(api.get("/api/me", old).status()).isEqualTo(401);
        assertThat(api.get("/api/me", other).status()).isEqualTo(401);
        assertThat(api.get("/api/me", fresh).status()).isEqualTo(200);
        assertThat(api.login(email, PASSWORD).status()).isEqualTo(401);
        assertThat(api.login(email, "a brand new secret").status()).isEqualTo(200);
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() {
        String email = signUp("keep-password");
        String token = token(email);

        Response refused = api.send("POST", "/api/me/password",
                "{\"currentPassword\":\"not it at all\",\"newPassword\":\"a brand new secret\"}", token, "application/json");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(api.get("/api/me", token).status()).isEqualTo(200);
        assertThat(api.login(email, PASSWORD).status()).isEqualTo(200);
    }

    private String signUp(String prefix) {
        String email = Api.uniqueEmail(prefix);
        assertThat(api.post("/api/signup", Api.signupJson(email, PASSWORD, "Someone")).status()).isEqualTo(201);
        return email;
    }

    private String token(String email) {
        Response login = api.login(email, PASSWORD);
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        return login.json().get("access_token").getStringValue();
    }

    private int withCookie(String jwt) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.getURI() + "/me/ratings"))
                .header("Cookie", "JWT=" + jwt).header("Accept", "text/html").GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private record Command(int exit, String output) {
    }

    private static Command command(String name, String email) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = AdminRoleCommand.run(new String[] {name, email}, new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Command(exit, out.toString(StandardCharsets.UTF_8));
    }
}
