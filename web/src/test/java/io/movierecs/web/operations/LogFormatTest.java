package io.movierecs.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.MDC;

/**
 * The app's own logback.xml, loaded into a fresh logger context the way a start on AWS
 * (MICRONAUT_ENVIRONMENTS=ec2,production) or anywhere else would load it.
 */
class LogFormatTest {
    private static final String LOGGER = "io.movierecs.web.recommendations.DynamoDbRecommendationStore";
    private final JsonMapper json = JsonMapper.createDefault();

    @Test
    void inProductionEachEventIsOneJsonObjectOnOneLine() throws IOException {
        List<String> lines = log("ec2,production", logger -> {
            MDC.put("requestId", "1-67891233-abcdef012345678912345678");
            MDC.put("userId", "42");
            try {
                logger.warn("DynamoDB did not answer for user {}", 42);
            } finally {
                MDC.clear();
            }
        });

        assertThat(lines).hasSize(1);
        JsonNode event = json.readValue(lines.get(0), JsonNode.class);
        assertThat(event.get("level").getStringValue()).isEqualTo("WARN");
        assertThat(event.get("loggerName").getStringValue()).isEqualTo(LOGGER);
        assertThat(event.get("formattedMessage").getStringValue()).isEqualTo("DynamoDB did not answer for user 42");
        assertThat(event.get("mdc").get("requestId").getStringValue()).isEqualTo("1-67891233-abcdef012345678912345678");
        assertThat(event.get("mdc").get("userId").getStringValue()).isEqualTo("42");
        assertThat(event.get("timestamp").getLongValue()).isPositive();
    }

    @Test
    void inProductionAStackTraceStaysInsideItsEvent() throws IOException {
        List<String> lines = log("ec2,production", logger -> logger.error("Model could not be loaded",
                new IllegalStateException("item-factors.bin is truncated\nat byte 42")));

        assertThat(lines).hasSize(1);
        JsonNode event = json.readValue(lines.get(0), JsonNode.class);
        assertThat(event.get("formattedMessage").getStringValue()).isEqualTo("Model could not be loaded");
        assertThat(event.get("throwable").get("className").getStringValue()).isEqualTo("java.lang.IllegalStateException");
        assertThat(event.get("throwable").get("message").getStringValue()).isEqualTo("item-factors.bin is truncated\nat byte 42");
        assertThat(event.get("throwable").get("stepArray").size()).isPositive();
    }

    @Test
    void elsewhereTheLogIsTheReadablePattern() {
        List<String> lines = log("local", logger -> logger.warn("DynamoDB did not answer for user {}", 42));

        assertThat(lines).singleElement().asString()
                .matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  \\[.+] i\\.m\\.w\\.r\\.DynamoDbRecommendationStore +- "
                        + "DynamoDB did not answer for user 42");
    }

    /** Logs through logback.xml as configured with the given Micronaut environments; returns what it printed. */
    private static List<String> log(String environments, Consumer<Logger> events) {
        LoggerContext context = new LoggerContext();
        // Looked up before system properties and the process environment, so the machine's own
        // MICRONAUT_ENVIRONMENTS cannot decide the outcome.
        context.putProperty("MICRONAUT_ENVIRONMENTS", environments);
        // The same MDC the app's code writes through SLF4J.
        context.setMDCAdapter(MDC.getMDCAdapter());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(LogFormatTest.class.getResource("/logback.xml"));
            // The console appender as configured, encoder included, writing here instead of to standard out.
            OutputStreamAppender<ILoggingEvent> console = (OutputStreamAppender<ILoggingEvent>)
                    context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("STDOUT");
            console.setOutputStream(printed);
            events.accept(context.getLogger(LOGGER));
        } catch (JoranException e) {
            throw new IllegalStateException(e);
        } finally {
            context.stop();
        }
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
