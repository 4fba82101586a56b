package io.movierecs.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A setting with a value the app cannot work with stops the start (not the first request that reads
 * it), and what is logged names the setting's prefix, its property and the rule it broke.
 */
class SettingsValidationTest {

    @ParameterizedTest
    @CsvSource({
            "movierecs.client-address, trusted-proxies, -1, trustedProxies",
            "movierecs.training.emr, core-instance-count, 0, coreInstanceCount",
            "movierecs.feedback, queue-capacity, 0, queueCapacity",
            "movierecs.login-throttle, free-attempts, 0, FreeAttempts",
    })
    void aBadValueStopsTheStart(String prefix, String key, String value, String property) {
        assertThatThrownBy(() -> Application.micronaut().environments("test").properties(Map.of(prefix + "." + key, value))
                .start().close())
                .hasStackTraceContaining("\"" + prefix + "\"")
                .hasStackTraceContaining(property)
                .hasStackTraceContaining("must be greater than or equal to");
    }
}
