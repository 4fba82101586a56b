package io.movierecs.web.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.movierecs.web.support.Api;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class BearerTokenTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    TokenGenerator tokens;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(server, json);
    }

    @Test
    void noTokenIsUnauthorizedWithAProblem() {
        Api.Response response = api.get("/api/me/ratings");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aTamperedTokenIsUnauthorized() {
        String token = api.newUserToken();
        String[] parts = token.split("\\.");
        String claims = decode(parts[1]).replaceFirst("\"sub\":\"\\d+\"", "\"sub\":\"1\"");
        String tampered = parts[0] + "." + encode(claims) + "." + parts[2];

        assertThat(api.get("/api/me", tampered).status()).isEqualTo(401);
    }

    @Test
    void anUnsignedAlgNoneTokenIsUnauthorized() {
        String token = api.newUserToken();
        String claims = token.split("\\.")[1];
        String unsigned = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + claims + ".";

        assertThat(api.get("/api/me", unsigned).status()).isEqualTo(401);
    }

    @Test
    void anExpiredTokenIsUnauthorized() {
        String token = api.newUserToken();
        Map<String, Object> claims = Map.of(
                "sub", api.get("/api/me", token).json().get("id").getLongValue() + "",
                "roles", java.util.List.of("USER"),
                "iat", Instant.now().minusSeconds(7200).getEpochSecond(),
                "exp", Instant.now().minusSeconds(3600).getEpochSecond());
        String expired = tokens.generateToken(claims).orElseThrow();

        assertThat(api.get("/api/me", expired).status()).isEqualTo(401);
    }

    @Test
    void aValidTokenCarriesTheUserRole() {
        assertThat(api.get("/api/me", api.newUserToken()).status()).isEqualTo(200);
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
