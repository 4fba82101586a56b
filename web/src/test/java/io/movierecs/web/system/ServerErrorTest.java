package io.movierecs.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.movierecs.web.support.Api;
import io.movierecs.web.support.Api.Response;
import io.movierecs.web.support.LogCapture;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** A failure inside the app: the client learns only that it failed and the request id to quote. */
@MicronautTest(transactional = false)
@io.micronaut.context.annotation.Property(name = "test.failing-endpoint", value = "true")
class ServerErrorTest {

    static final String SECRET_DETAIL = "ERROR: relation users_secret does not exist at SELECT password_hash";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    void aFiveHundredCarriesNoExceptionTextButARequestIdThatIsInTheLog() {
        Response response;
        try (LogCapture log = new LogCapture("io.micronaut")) {
            response = new Api(server, json).get("/test/failing");

            assertThat(response.status()).isEqualTo(500);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body()).doesNotContain("relation", "SELECT", "password_hash", "Exception", "at io.");
            String requestId = response.headers().firstValue(RequestIds.HEADER).orElseThrow();
            assertThat(response.json().get("requestId").getStringValue()).isEqualTo(requestId);
            assertThat(response.detail()).isEqualTo("Something went wrong on our side. Request id " + requestId + ".");
            assertThat(log.lines()).anySatisfy(line -> assertThat(line).contains("requestId=" + requestId)
                    .contains("users_secret"));
        }
    }

    @Test
    void everyResponseCarriesARequestId() {
        Response response = new Api(server, json).get("/health");

        assertThat(response.headers().firstValue(RequestIds.HEADER).orElseThrow()).hasSize(36);
    }

    @Controller("/test/failing")
    @Requires(property = "test.failing-endpoint", value = "true")
    @Secured(SecurityRule.IS_ANONYMOUS)
    static class FailingController {
        @Get
        String fail() {
            throw new IllegalStateException(SECRET_DETAIL);
        }
    }
}
