package io.movierecs.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.movierecs.web.support.Api;
import io.movierecs.web.support.Api.Response;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Anonymous POSTs per client address: a few allowed, then 429 until the window passes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientRateLimitTest {
    private EmbeddedServer behindProxy;
    private EmbeddedServer direct;

    @BeforeAll
    void start() {
        behindProxy = ApplicationContext.run(EmbeddedServer.class, Map.of("movierecs.client-address.trusted-proxies", "1",
                "movierecs.client-limit.requests", "5", "movierecs.client-limit.window", "10m"), "test");
        direct = ApplicationContext.run(EmbeddedServer.class, Map.of("movierecs.client-limit.requests", "5",
                "movierecs.client-limit.window", "10m"), "test");
    }

    @AfterAll
    void stop() {
        behindProxy.close();
        direct.close();
    }

    @Test
    void oneAddressCannotSpraySignUpsButAnotherStillCan() {
        Api api = api(behindProxy);
        String address = "203.0.113." + (int) (Math.random() * 200 + 1);
        for (int i = 0; i < 5; i++) {
            assertThat(signUp(api, address).status()).isEqualTo(201);
        }

        Response sixth = signUp(api, address);

        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 600L);
        assertThat(api.send("POST", "/api/login", "{\"email\":\"a@b.cd\",\"password\":\"whatever\"}", null,
                "application/json", Map.of("X-Forwarded-For", address)).status()).as("log-ins count too").isEqualTo(429);
        assertThat(signUp(api, "192.0.2." + (int) (Math.random() * 200 + 1)).status()).isEqualTo(201);
    }

    @Test
    void withoutATrustedProxyAForgedForwardedForChangesNothing() {
        // Every other test's requests come from this address too; start its count afresh.
        direct.getApplicationContext().getBean(JdbcOperations.class).execute(connection ->
                connection.prepareStatement("DELETE FROM client_requests WHERE client IN ('127.0.0.1', '0:0:0:0:0:0:0:1')")
                        .executeUpdate());
        Api api = api(direct);
        for (int i = 0; i < 5; i++) {
            assertThat(signUp(api, "198.51.100." + i).status()).isEqualTo(201);
        }

        assertThat(signUp(api, "198.51.100.99").status()).isEqualTo(429);
    }

    private static Api api(EmbeddedServer server) {
        return new Api(server, server.getApplicationContext().getBean(JsonMapper.class));
    }

    private static Response signUp(Api api, String forwardedFor) {
        return api.send("POST", "/api/signup", Api.signupJson(Api.uniqueEmail("spray"), "long enough pw", "S"), null,
                "application/json", Map.of("X-Forwarded-For", forwardedFor));
    }
}
