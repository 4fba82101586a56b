package io.movierecs.web.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.movierecs.web.support.Api;
import io.movierecs.web.support.Api.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Behind one trusted proxy, as on AWS: the client address is what the proxy appended. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginThrottlePerClientTest {
    private static final String PASSWORD = "long enough pw";
    private EmbeddedServer server;
    private Api api;

    @BeforeAll
    void start() {
        server = ApplicationContext.run(EmbeddedServer.class,
                Map.of("movierecs.client-address.trusted-proxies", "1"), "test");
        api = new Api(server, server.getApplicationContext().getBean(JsonMapper.class));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void parallelGuessesCannotGetPastTheFreeAttempts() throws Exception {
        String email = signUp("parallel");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Response>> guesses = IntStream.range(0, 24)
                    .mapToObj(i -> pool.submit(() -> api.login(email, "guess " + i, "203.0.113.7")))
                    .toList();
            long checked = 0;
            for (Future<Response> guess : guesses) {
                int status = guess.get().status();
                assertThat(status).isIn(401, 429);
                checked += status == 401 ? 1 : 0;
            }
            assertThat(checked).as("guesses whose password was checked").isEqualTo(5);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theOwnerLogsInFromElsewhereWhileAGuesserIsHeldBack() {
        String email = signUp("owner");
        for (int i = 0; i < 5; i++) {
            assertThat(api.login(email, "guess " + i, "198.51.100.9").status()).isEqualTo(401);
        }
        assertThat(api.login(email, PASSWORD, "198.51.100.9").status()).as("the guesser's address").isEqualTo(429);

        assertThat(api.login(email, PASSWORD, "192.0.2.44").status()).as("the owner's address").isEqualTo(200);
    }

    @Test
    void aClientCannotEscapeByForgingTheLeftOfTheForwardedChain() {
        String email = signUp("forger");
        for (int i = 0; i < 5; i++) {
            api.login(email, "guess " + i, "10.9.9." + i + ", 198.51.100.77");
        }

        assertThat(api.login(email, PASSWORD, "192.0.2.1, 198.51.100.77").status()).isEqualTo(429);
    }

    @Test
    void refusedAttemptsCostNoPasswordHashing() {
        String email = signUp("cheap");
        long checkedNanos = 0;
        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            assertThat(api.login(email, "guess " + i, "198.51.100.20").status()).isEqualTo(401);
            checkedNanos += System.nanoTime() - started;
        }
        long refusedNanos = 0;
        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            assertThat(api.login(email, "guess again", "198.51.100.20").status()).isEqualTo(429);
            refusedNanos += System.nanoTime() - started;
        }

        // Measured against the same machine's checked attempts, each of which runs BCrypt.
        assertThat(refusedNanos).isLessThan(checkedNanos / 2);
    }

    private String signUp(String prefix) {
        String email = Api.uniqueEmail(prefix);
        assertThat(api.post("/api/signup", Api.signupJson(email, PASSWORD, "Someone")).status()).isEqualTo(201);
        return email;
    }
}
