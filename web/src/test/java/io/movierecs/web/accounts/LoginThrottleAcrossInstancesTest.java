package io.movierecs.web.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.movierecs.web.support.Api;
import io.movierecs.web.support.Api.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two instances on one database, as behind a load balancer: guesses spread over both count
 * together, so the slow-down cannot be side-stepped by landing on another instance.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginThrottleAcrossInstancesTest {
    private EmbeddedServer first;
    private EmbeddedServer second;
    private Api one;
    private Api other;

    @BeforeAll
    void startTwoInstances() {
        first = ApplicationContext.run(EmbeddedServer.class, "test");
        second = ApplicationContext.run(EmbeddedServer.class, "test");
        one = new Api(first, first.getApplicationContext().getBean(JsonMapper.class));
        other = new Api(second, second.getApplicationContext().getBean(JsonMapper.class));
    }

    @AfterAll
    void stop() {
        first.close();
        second.close();
    }

    @Test
    void failuresOnOneInstanceSlowDownTheNextAttemptOnTheOther() {
        String email = Api.uniqueEmail("grace");
        one.post("/api/signup", Api.signupJson(email, "long enough pw", "Grace"));
        for (int i = 0; i < 5; i++) {
            Api instance = i % 2 == 0 ? one : other;
            assertThat(instance.login(email, "guess " + i).status()).isEqualTo(401);
        }

        Response slowed = other.login(email.toUpperCase(), "long enough pw");

        assertThat(slowed.status()).as(slowed.body()).isEqualTo(429);
        assertThat(Long.parseLong(slowed.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 30L);
        assertThat(one.login(email, "long enough pw").status()).isEqualTo(429);
    }

    @Test
    void aSuccessfulLoginClearsTheCountEverywhere() {
        String email = Api.uniqueEmail("heidi");
        one.post("/api/signup", Api.signupJson(email, "long enough pw", "Heidi"));
        for (int i = 0; i < 4; i++) {
            assertThat(one.login(email, "guess " + i).status()).isEqualTo(401);
        }
        assertThat(other.login(email, "long enough pw").status()).isEqualTo(200);

        // Had the first instance kept its own count, these would make eight in a row there.
        for (int i = 0; i < 4; i++) {
            assertThat(one.login(email, "again " + i).status()).isEqualTo(401);
        }
        assertThat(one.login(email, "long enough pw").status()).as("four failures since the success").isEqualTo(200);
    }
}
