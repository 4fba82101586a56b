package io.movierecs.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.movierecs.web.movies.MovieLensImporter;
import io.movierecs.web.support.Api;
import io.movierecs.web.support.Api.Response;
import io.movierecs.web.support.TestCatalogue;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What an attacker or a careless client sends, across every endpoint: wrong types, huge numbers,
 * control characters, over-long strings, deep nesting, wrong content types, missing and
 * duplicated fields, forged, expired and unsigned tokens, cross-site requests. Each must be a 4xx
 * problem detail, answered within a second, that stores nothing and shows no stack or SQL.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final List<String> LEAKS = List.of("Exception", "\tat ", "at io.", "at java.", "SQL", "PSQL",
            "org.postgresql", "SELECT ", "INSERT ", "jdbc", "com.fasterxml", "io.micronaut", "Caused by");

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    DataSource dataSource;
    @Inject
    MovieLensImporter importer;
    @Inject
    SignatureGeneratorConfiguration signature;

    private Api api;
    private Credentials user;
    private String loggedOut;

    /** A signed-in user whose token, cookie and id the cases use. */
    record Credentials(long id, String token) {
        Map<String, String> bearer() {
            return Map.of("token", token);
        }
    }

    /** One hostile request: what to send and the status it must get. */
    record Case(String name, String method, String path, Function<Credentials, String> body, String contentType,
                Function<Credentials, Map<String, String>> headers, int expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    void signedInUser() {
        TestCatalogue.ensureImported(importer);
        api = new Api(server, json);
        String token = api.newUserToken();
        user = new Credentials(api.get("/api/me", token).json().get("id").getLongValue(), token);
        loggedOut = api.newUserToken();
        api.send("POST", "/api/logout", null, loggedOut, null);
        api.get("/api/movies?query=warm+up");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedQuicklyWithAProblemAndStoresNothing(Case hostile) throws Exception {
        Map<String, Long> before = counts();
        Map<String, String> headers = new HashMap<>(hostile.headers().apply(user));
        String token = headers.remove("token");

        long started = System.nanoTime();
        Response response = api.send(hostile.method(), hostile.path(), hostile.body() == null ? null
                : hostile.body().apply(user), token, hostile.contentType(), headers);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(response.status()).as(hostile + ": " + response.body()).isEqualTo(hostile.expected());
        if (headers.getOrDefault("Accept", "").startsWith("text/html")) {
            // A page's form: the browser gets the problem as a page.
            assertThat(response.contentType()).as(hostile.name()).startsWith("text/html");
            assertThat(response.body()).as(hostile.name()).contains(Integer.toString(hostile.expected()));
        } else {
            assertThat(response.contentType()).as(hostile.name()).startsWith("application/problem+json");
            assertThat(response.detail()).as(hostile.name()).isNotBlank();
        }
        assertThat(millis).as(hostile.name() + " answered in ms").isLessThan(1000);
        assertThat(response.body()).as(hostile.name()).doesNotContain(LEAKS);
        assertThat(counts()).as(hostile.name() + " stored nothing").isEqualTo(before);
    }

    Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        String deep = "[".repeat(5000) + "]".repeat(5000);
        String deepObject = "{\"rating\":" + "{\"a\":".repeat(3000) + "1" + "}".repeat(3000) + "}";
        String long300 = "a".repeat(300) + "@example.com";

        // Sign-up: control characters, lengths, types, shapes, content types.
        signup(cases, "signup: NUL in display name", signup("\"ok@example.com\"", "\"long enough pw\"", "\"Nul\\u0000\""), 400);
        signup(cases, "signup: NUL in email", signup("\"nul\\u0000@example.com\"", "\"long enough pw\"", "\"N\""), 400);
        signup(cases, "signup: escape sequence in name", signup(email(), "\"long enough pw\"", "\"\\u001b[2J\""), 400);
        signup(cases, "signup: line break in name", signup(email(), "\"long enough pw\"", "\"two\\nlines\""), 400);
        signup(cases, "signup: 61-character name", signup(email(), "\"long enough pw\"", "\"" + "n".repeat(61) + "\""), 400);
        signup(cases, "signup: 300-character email", signup("\"" + long300 + "\"", "\"long enough pw\"", "\"N\""), 400);
        signup(cases, "signup: 201-character password", signup(email(), "\"" + "p".repeat(201) + "\"", "\"N\""), 400);
        signup(cases, "signup: short password", signup(email(), "\"short\"", "\"N\""), 400);
        signup(cases, "signup: email is a number", signup("12345", "\"long enough pw\"", "\"N\""), 400);
        signup(cases, "signup: name is an array", signup(email(), "\"long enough pw\"", "[\"N\"]"), 400);
        signup(cases, "signup: password is an object", signup(email(), "{\"p\":1}", "\"N\""), 400);
        signup(cases, "signup: name is true", signup(email(), "\"long enough pw\"", "true"), 400);
        signup(cases, "signup: email missing", "{\"password\":\"long enough pw\",\"displayName\":\"N\"}", 400);
        signup(cases, "signup: empty object", "{}", 400);
        signup(cases, "signup: email given twice", "{\"email\":" + email() + ",\"email\":" + email()
                + ",\"password\":\"long enough pw\",\"displayName\":\"N\"}", 400);
        signup(cases, "signup: null body", "null", 400);
        signup(cases, "signup: array body", "[]", 400);
        signup(cases, "signup: 5000 nested arrays", deep, 400);
        signup(cases, "signup: truncated JSON", "{\"email\":\"a@b.c", 400);
        signup(cases, "signup: trailing garbage", signup(email(), "\"long enough pw\"", "\"N\"") + " trailing", 400);
        signup(cases, "signup: body over 64 KB", signup(email(), "\"long enough pw\"", "\"" + "x".repeat(70_000) + "\""), 413);
        cases.add(new Case("signup: text/plain body", "POST", "/api/signup",
                c -> signup(email(), "\"long enough pw\"", "\"N\""), "text/plain", c -> Map.of(), 403));
        cases.add(new Case("signup: XML body", "POST", "/api/signup", c -> "<user/>", "application/xml", c -> Map.of(), 415));
        cases.add(new Case("ratings: YAML body", "PUT", "/api/me/ratings/1", c -> "rating: 4", "application/yaml",
                Credentials::bearer, 415));

        // Log-in.
        login(cases, "login: 10,000-character email", "{\"email\":\"" + "e".repeat(10_000) + "\",\"password\":\"x\"}", 400);
        login(cases, "login: NUL in email", "{\"email\":\"a\\u0000@b.cd\",\"password\":\"long enough pw\"}", 400);
        login(cases, "login: password is a number", "{\"email\":\"a@b.cd\",\"password\":12345678}", 400);
        login(cases, "login: password missing", "{\"email\":\"a@b.cd\"}", 400);
        login(cases, "login: email is an array", "{\"email\":[\"a@b.cd\"],\"password\":\"x\"}", 400);
        login(cases, "login: 300-character password", "{\"email\":\"a@b.cd\",\"password\":\"" + "p".repeat(300) + "\"}", 400);

        // Ratings through the API.
        for (String[] rating : new String[][] {{"1e999999999", "huge exponent"}, {"-1e999999999", "huge negative"},
                {"1e-999999999", "tiny exponent"}, {"9".repeat(900), "900-digit number"}, {"true", "boolean"},
                {"[4]", "array"}, {"\"4.0\"", "string"}, {"{\"value\":4}", "object"}, {"5.5", "above the scale"},
                {"0", "zero"}, {"3.3", "off the half steps"}, {"NaN", "NaN"}, {"null", "null"}, {"-4.5", "negative"}}) {
            cases.add(new Case("rating: " + rating[1], "PUT", "/api/me/ratings/1", c -> "{\"rating\":" + rating[0] + "}",
                    JSON, Credentials::bearer, 400));
        }
        cases.add(new Case("rating: given twice", "PUT", "/api/me/ratings/1", c -> "{\"rating\":4,\"rating\":5}", JSON,
                Credentials::bearer, 400));
        cases.add(new Case("rating: 3000 nested objects", "PUT", "/api/me/ratings/1", c -> deepObject, JSON,
                Credentials::bearer, 400));
        cases.add(new Case("rating: no body", "PUT", "/api/me/ratings/1", null, null, Credentials::bearer, 400));
        cases.add(new Case("rating: text/plain", "PUT", "/api/me/ratings/1", c -> "{\"rating\":4}", "text/plain",
                Credentials::bearer, 403));
        cases.add(new Case("rating: movie id is a word", "PUT", "/api/me/ratings/abc", c -> "{\"rating\":4}", JSON,
                Credentials::bearer, 400));
        cases.add(new Case("rating: movie id overflows", "PUT", "/api/me/ratings/99999999999", c -> "{\"rating\":4}", JSON,
                Credentials::bearer, 400));
        cases.add(new Case("rating: unknown movie", "PUT", "/api/me/ratings/999999999", c -> "{\"rating\":4}", JSON,
                Credentials::bearer, 404));
        cases.add(new Case("rating delete: movie id is a word", "DELETE", "/api/me/ratings/abc", null, null,
                Credentials::bearer, 400));
        cases.add(new Case("hide: movie id is a word", "PUT", "/api/me/hidden/abc", null, null, Credentials::bearer, 400));

        // The catalogue.
        get(cases, "movies: NUL in query", "/api/movies?query=%00", 400);
        get(cases, "movies: escape in genre", "/api/movies?genre=%1B", 400);
        get(cases, "movies: 201-character query", "/api/movies?query=" + "q".repeat(201), 400);
        get(cases, "movies: negative page", "/api/movies?page=-1", 400);
        get(cases, "movies: size 1000", "/api/movies?size=1000", 400);
        get(cases, "movies: size is a word", "/api/movies?size=abc", 400);
        get(cases, "movies: year 1e9", "/api/movies?year=1e9", 400);
        get(cases, "movies: 51-character genre", "/api/movies?genre=" + "g".repeat(51), 400);
        get(cases, "movie: id is a word", "/api/movies/abc", 400);
        get(cases, "movie: id overflows", "/api/movies/99999999999", 400);
        get(cases, "movie: NUL in path", "/api/movies/%00", 400);
        cases.add(new Case("recommendations: limit is a word", "GET", "/api/me/recommendations?limit=abc", null, null,
                Credentials::bearer, 400));
        cases.add(new Case("recommendations: limit 100000", "GET", "/api/me/recommendations?limit=100000", null, null,
                Credentials::bearer, 400));

        // Tokens.
        cases.add(new Case("token: signature forged", "GET", "/api/me", null, null, c -> Map.of("token", forged(c)), 401));
        cases.add(new Case("token: alg none", "GET", "/api/me", null, null, c -> Map.of("token", unsigned(c)), 401));
        cases.add(new Case("token: expired", "GET", "/api/me", null, null,
                c -> Map.of("token", signed(c, -3600, 0L, "USER")), 401));
        cases.add(new Case("token: signed for a later session version", "GET", "/api/me", null, null,
                c -> Map.of("token", signed(c, 3600, 7L, "USER")), 401));
        cases.add(new Case("token: from before a logout", "GET", "/api/me/ratings", null, null,
                c -> Map.of("token", loggedOut), 401));
        cases.add(new Case("token: admin role claimed in a signed token", "POST", "/internal/training-runs", c -> "", JSON,
                c -> Map.of("token", signed(c, 3600, 0L, "ADMIN")), 403));
        cases.add(new Case("token: garbage", "GET", "/api/me/ratings", null, null, c -> Map.of("token", "abc.def.ghi"), 401));
        cases.add(new Case("training key: wrong", "POST", "/internal/training-runs", c -> "", JSON,
                c -> Map.of("X-Api-Key", "guess"), 401));
        cases.add(new Case("training key: 4 KB", "POST", "/internal/training-runs", c -> "", JSON,
                c -> Map.of("X-Api-Key", "k".repeat(4_000)), 401));
        cases.add(new Case("headers: 10 KB training key", "POST", "/internal/training-runs", c -> "", JSON,
                c -> Map.of("X-Api-Key", "k".repeat(10_000)), 413));

        // Password change.
        cases.add(new Case("password change: NUL in the new one", "POST", "/api/me/password",
                c -> "{\"currentPassword\":\"correct horse battery\",\"newPassword\":\"new\\u0000password\"}", JSON,
                Credentials::bearer, 400));
        cases.add(new Case("password change: current missing", "POST", "/api/me/password",
                c -> "{\"newPassword\":\"a long new password\"}", JSON, Credentials::bearer, 400));

        // Cross-site requests riding on the session cookie.
        cases.add(new Case("cross-site: rating with the cookie", "PUT", "/api/me/ratings/1", c -> "{\"rating\":4}", JSON,
                c -> Map.of("Cookie", "JWT=" + c.token(), "Origin", "https://evil.example"), 403));
        cases.add(new Case("cross-site: hide with the cookie", "PUT", "/api/me/hidden/1", null, null,
                c -> Map.of("Cookie", "JWT=" + c.token(), "Origin", "https://evil.example"), 403));
        cases.add(new Case("cross-site: logout with the cookie", "POST", "/api/logout", null, null,
                c -> Map.of("Cookie", "JWT=" + c.token(), "Origin", "null"), 403));
        cases.add(new Case("cross-site: training trigger with the cookie", "POST", "/internal/training-runs", c -> "", JSON,
                c -> Map.of("Cookie", "JWT=" + c.token(), "Origin", "https://evil.example"), 403));
        cases.add(new Case("cross-site: sign-up form without a token", "POST", "/signup",
                c -> "email=x%40example.com&password=long+enough+pw&displayName=X", FORM, c -> Map.of(), 403));
        cases.add(new Case("cross-site: rating form with the cookie", "POST", "/movies/1/rating", c -> "rating=4.0", FORM,
                c -> Map.of("Cookie", "JWT=" + c.token()), 403));
        cases.add(new Case("cross-site: text/plain form to log out", "POST", "/logout", c -> "csrf=x", "text/plain",
                c -> Map.of("Cookie", "JWT=" + c.token() + "; csrf=x"), 403));

        // Page forms with a valid CSRF token but hostile values.
        form(cases, "form: rating 1e999999999", "/movies/1/rating", "rating=1e999999999", 400);
        form(cases, "form: rating of 5000 characters", "/movies/1/rating", "rating=" + "4".repeat(5000), 400);
        form(cases, "form: onboarding with 3000 ratings", "/onboarding", manyRatings(3000), 413);
        form(cases, "form: onboarding with 100 ratings", "/onboarding", manyRatings(100), 400);
        form(cases, "form: onboarding field names no movie", "/onboarding", "rating-abc=4.0", 400);
        form(cases, "form: onboarding rating true", "/onboarding", "rating-1=true", 400);
        return cases.stream();
    }

    private Map<String, Long> counts() throws Exception {
        Map<String, Long> counts = new HashMap<>();
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("users", "ratings", "hidden_movies", "training_runs")) {
                try (ResultSet rows = s.executeQuery("SELECT count(*) FROM " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
            try (ResultSet rows = s.executeQuery("SELECT session_version, role FROM users WHERE id = " + user.id())) {
                rows.next();
                counts.put("session " + rows.getString(2), rows.getLong(1));
            }
        }
        return counts;
    }

    private static void signup(List<Case> cases, String name, String body, int expected) {
        cases.add(new Case(name, "POST", "/api/signup", c -> body, JSON, c -> Map.of(), expected));
    }

    private static void login(List<Case> cases, String name, String body, int expected) {
        cases.add(new Case(name, "POST", "/api/login", c -> body, JSON, c -> Map.of(), expected));
    }

    private static void get(List<Case> cases, String name, String path, int expected) {
        cases.add(new Case(name, "GET", path, null, null, c -> Map.of(), expected));
    }

    /** A form from this site's page: the CSRF cookie and field match, the session cookie is the user's. */
    private static void form(List<Case> cases, String name, String path, String body, int expected) {
        cases.add(new Case(name, "POST", path, c -> "csrf=same-token&" + body, FORM,
                c -> Map.of("Cookie", "JWT=" + c.token() + "; csrf=same-token", "Accept", "text/html"), expected));
    }

    private static String signup(String email, String password, String displayName) {
        return "{\"email\":" + email + ",\"password\":" + password + ",\"displayName\":" + displayName + "}";
    }

    private static String email() {
        return "\"" + Api.uniqueEmail("hostile") + "\"";
    }

    private static String manyRatings(int count) {
        StringBuilder form = new StringBuilder();
        for (int movieId = 1; movieId <= count; movieId++) {
            form.append(movieId == 1 ? "" : "&").append("rating-").append(movieId).append("=4.0");
        }
        return form.toString();
    }

    private String signed(Credentials c, int expiresInSeconds, Long version, String role) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(Long.toString(c.id()))
                .expirationTime(new Date(System.currentTimeMillis() + expiresInSeconds * 1000L))
                .claim("roles", List.of(role));
        if (version != null) {
            claims.claim("ver", version);
        }
        try {
            return signature.sign(claims.build()).serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String forged(Credentials c) {
        String[] parts = c.token().split("\\.");
        return parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
    }

    private static String unsigned(Credentials c) {
        String[] parts = c.token().split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8);
        try {
            return new PlainJWT(JWTClaimsSet.parse(payload)).serialize();
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
