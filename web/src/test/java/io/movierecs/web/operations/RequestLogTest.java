package io.movierecs.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.movierecs.web.support.Api;
import io.movierecs.web.system.RequestIds;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * What an operator finds in production's JSON log for a request that failed: the line of the
 * error carries the request id the user was given, and the user's id when they were signed in.
 * The app's real log events are written by production's own appender (logback.xml with
 * MICRONAUT_ENVIRONMENTS=production).
 */
@MicronautTest(transactional = false)
@io.micronaut.context.annotation.Property(name = "test.failing-for-anyone", value = "true")
class RequestLogTest {
    private static final String TRACE_ROOT = "1-67891233-abcdef012345678912345678";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    void aSignedInUsersFiveHundredHasItsRequestIdAndTheUserInTheJsonLineOfTheError() {
        Api api = new Api(server, json);
        String email = Api.uniqueEmail("logs");
        Api.Response signup = api.post("/api/signup", Api.signupJson(email, "correct horse battery", "Log Reader"));
        String userId = Long.toString(signup.json().get("id").getLongValue());
        String token = api.login(email, "correct horse battery").json().get("access_token").getStringValue();

        Failure failure = fail(() -> api.get("/test/failing-for-anyone", token));

        assertThat(failure.response().status()).isEqualTo(500);
        JsonNode line = failure.errorLine();
        assertThat(line.get("mdc").get("requestId").getStringValue()).isEqualTo(failure.requestId());
        assertThat(line.get("mdc").get("userId").getStringValue()).isEqualTo(userId);
        assertThat(failure.response().json().get("requestId").getStringValue()).isEqualTo(failure.requestId());
    }

    @Test
    void anAnonymousFiveHundredHasItsRequestIdAndNoUser() {
        Failure failure = fail(() -> new Api(server, json).get("/test/failing-for-anyone"));

        JsonNode line = failure.errorLine();
        assertThat(line.get("mdc").get("requestId").getStringValue()).isEqualTo(failure.requestId());
        assertThat(line.get("mdc").get("userId")).isNull();
    }

    @Test
    void behindTheLoadBalancerTheRequestIdIsTheRootOfItsTraceHeader() {
        Failure failure = fail(() -> new Api(server, json).send("GET", "/test/failing-for-anyone", null, null, null,
                Map.of(RequestIds.TRACE_HEADER, "Self=1-67891234-000000000000000000000001;Root=" + TRACE_ROOT + ";Sampled=1")));

        assertThat(failure.requestId()).isEqualTo(TRACE_ROOT);
        assertThat(failure.errorLine().get("mdc").get("requestId").getStringValue()).isEqualTo(TRACE_ROOT);
    }

    @Test
    void aTraceHeaderThatIsNoTraceIdGetsAnIdOfTheAppsOwn() {
        Api api = new Api(server, json);
        for (String forged : List.of("Root=" + TRACE_ROOT + "\",\"level\":\"INFO", "Root=1-6789123-abcdef012345678912345678",
                "Root=1-67891233-ABCDEF012345678912345678", "Root=" + TRACE_ROOT + "0", "Root=" + "a".repeat(300))) {
            Api.Response response = api.send("GET", "/health", null, null, null, Map.of(RequestIds.TRACE_HEADER, forged));

            assertThat(response.headers().firstValue(RequestIds.HEADER).orElseThrow()).as(forged)
                    .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        }
    }

    /** Makes the request while the server's log events are collected, then writes them as production would. */
    private Failure fail(Supplier<Api.Response> request) {
        Logger server = (Logger) LoggerFactory.getLogger("io.micronaut.http.server");
        Collector events = new Collector();
        events.start();
        server.addAppender(events);
        Api.Response response;
        try {
            response = request.get();
        } finally {
            server.detachAppender(events);
        }
        String requestId = response.headers().firstValue(RequestIds.HEADER).orElseThrow();
        List<JsonNode> lines = inProductionFormat(events.events).stream().map(this::parse).toList();
        JsonNode error = lines.stream().filter(line -> "ERROR".equals(line.get("level").getStringValue())
                        && requestId.equals(line.get("mdc").get("requestId").getStringValue()))
                .findFirst().orElseThrow(() -> new AssertionError("no ERROR line with request id " + requestId + " in " + lines));
        return new Failure(response, requestId, error);
    }

    private JsonNode parse(String line) {
        try {
            return json.readValue(line, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> inProductionFormat(List<ILoggingEvent> events) {
        LoggerContext production = new LoggerContext();
        production.putProperty("MICRONAUT_ENVIRONMENTS", "ec2,production");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(production);
            configurator.doConfigure(RequestLogTest.class.getResource("/logback.xml"));
            @SuppressWarnings("unchecked")
            OutputStreamAppender<ILoggingEvent> console = (OutputStreamAppender<ILoggingEvent>)
                    production.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("STDOUT");
            console.setOutputStream(printed);
            events.forEach(console::doAppend);
        } catch (JoranException e) {
            throw new IllegalStateException(e);
        } finally {
            production.stop();
        }
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private record Failure(Api.Response response, String requestId, JsonNode errorLine) {
    }

    /** Keeps each event with the logging context of the thread that logged it. */
    private static final class Collector extends AppenderBase<ILoggingEvent> {
        final List<ILoggingEvent> events = java.util.Collections.synchronizedList(new ArrayList<>());

        @Override
        protected void append(ILoggingEvent event) {
            event.prepareForDeferredProcessing();
            events.add(event);
        }
    }

    @Controller("/test/failing-for-anyone")
    @Requires(property = "test.failing-for-anyone", value = "true")
    @Secured(SecurityRule.IS_ANONYMOUS)
    static class FailingController {
        @Get
        String fail() {
            throw new IllegalStateException("the database said no");
        }
    }
}
