package io.movierecs.web.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.movierecs.web.support.Api;
import io.movierecs.web.support.Api.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class AccountApiTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(server, json);
    }

    @Test
    void signUpAnswersCreatedWithTheUserButNoPassword() {
        String email = Api.uniqueEmail("Ada");
        Response response = api.post("/api/signup", Api.signupJson(email, "long enough pw", "Ada"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("email").getStringValue()).isEqualTo(email);
        assertThat(response.json().get("displayName").getStringValue()).isEqualTo("Ada");
        assertThat(response.json().get("id").getLongValue()).isPositive();
        assertThat(response.body()).doesNotContain("long enough pw").doesNotContainIgnoringCase("password");
    }

    @Test
    void theSameEmailInAnotherCaseIsAConflict() {
        String email = Api.uniqueEmail("bob");
        api.post("/api/signup", Api.signupJson(email, "long enough pw", "Bob"));

        Response again = api.post("/api/signup", Api.signupJson(email.toUpperCase(), "another password", "Bob 2"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.detail()).contains("already exists");
    }

    @Test
    void invalidSignupsAreRefusedWithAProblemAndNothingStored() {
        String email = Api.uniqueEmail("carol");
        assertProblem(api.post("/api/signup", Api.signupJson("not-an-email", "long enough pw", "C")), 400, "email");
        assertProblem(api.post("/api/signup", Api.signupJson(email, "short", "C")), 400, "password");
        assertProblem(api.post("/api/signup", Api.signupJson(email, "long enough pw", " ")), 400, "display name");
        assertProblem(api.post("/api/signup", "{\"email\":"), 400, "");
        assertProblem(api.send("POST", "/api/signup", null, null, null), 400, "");
        assertProblem(api.post("/api/signup", "[]"), 400, "");

        assertThat(api.login(email, "long enough pw").status()).isEqualTo(401);
    }

    @Test
    void controlCharactersInSignupAreABadRequestThatLeaksNothing() {
        for (String body : new String[] {
                Api.signupJson(Api.uniqueEmail("nul"), "long enough pw", "Nul\\u0000Name"),
                Api.signupJson("nul\\u0000" + Api.uniqueEmail("x"), "long enough pw", "N"),
                Api.signupJson(Api.uniqueEmail("esc"), "long enough pw", "Esc\\u001b[31mName")}) {
            Response response = api.post("/api/signup", body);

            assertThat(response.status()).as(body + " -> " + response.body()).isEqualTo(400);
            assertThat(response.detail()).contains("control characters");
            assertThat(response.body()).doesNotContainIgnoringCase("sql").doesNotContain("Exception", "0x00");
        }
    }

    @Test
    void anOverLongLoginEmailIsRefusedBeforeTheDatabase() {
        Response response = api.login("a".repeat(5_000) + "@example.com", "whatever");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.detail()).contains("email must be at most 254 characters");
    }

    @Test
    void aBodyOver64KilobytesIsRefused() {
        String huge = Api.signupJson(Api.uniqueEmail("big"), "long enough pw", "x".repeat(70_000));

        Response response = api.post("/api/signup", huge);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void markupAndSqlInADisplayNameAreStoredAsTyped() {
        String email = Api.uniqueEmail("mallory");
        String name = "<script>alert(1)</script>'; DROP TABLE users; --";
        Response signup = api.post("/api/signup", Api.signupJson(email, "long enough pw", name));
        assertThat(signup.status()).isEqualTo(201);

        String token = api.login(email, "long enough pw").json().get("access_token").getStringValue();

        assertThat(api.get("/api/me", token).json().get("displayName").getStringValue()).isEqualTo(name);
    }

    @Test
    void logInGivesABearerTokenThatIdentifiesTheUser() {
        String email = Api.uniqueEmail("dave");
        long id = api.post("/api/signup", Api.signupJson(email, "long enough pw", "Dave")).json().get("id").getLongValue();

        Response login = api.login(email.toUpperCase(), "long enough pw");

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().get("token_type").getStringValue()).isEqualTo("Bearer");
        assertThat(login.json().get("expires_in").getIntValue()).isPositive();
        String token = login.json().get("access_token").getStringValue();
        Response me = api.get("/api/me", token);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("id").getLongValue()).isEqualTo(id);
    }

    @Test
    void aWrongPasswordOrUnknownEmailIsUnauthorized() {
        String email = Api.uniqueEmail("erin");
        api.post("/api/signup", Api.signupJson(email, "long enough pw", "Erin"));

        assertProblem(api.login(email, "wrong password"), 401, "Wrong email or password");
        assertProblem(api.login(Api.uniqueEmail("nobody"), "whatever"), 401, "Wrong email or password");
    }

    @Test
    void repeatedFailedLoginsAreSlowedDownWithRetryAfter() {
        String email = Api.uniqueEmail("frank");
        api.post("/api/signup", Api.signupJson(email, "long enough pw", "Frank"));
        for (int i = 0; i < 5; i++) {
            assertThat(api.login(email, "guess " + i).status()).isEqualTo(401);
        }

        Response slowed = api.login(email, "long enough pw");

        assertProblem(slowed, 429, "try again");
        long retryAfter = Long.parseLong(slowed.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 30L);
    }

    private static void assertProblem(Response response, int status, String detailContains) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.detail()).containsIgnoringCase(detailContains);
    }
}
