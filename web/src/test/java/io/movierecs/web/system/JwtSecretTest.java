package io.movierecs.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JwtSecretTest {

    @Test
    void productionRefusesToStartWithoutASecret() {
        assertThatThrownBy(() -> {
            try (ApplicationContext context = ApplicationContext.run(Map.of("flyway.datasources.default.enabled", false),
                    "production", "test")) {
                context.getBean(SignatureGeneratorConfiguration.class);
            }
        }).hasStackTraceContaining("MOVIERECS_JWT_SECRET");
    }

    @Test
    void productionStartsWithASecret() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("flyway.datasources.default.enabled", false,
                "movierecs.jwt.secret", "a-secret-that-is-long-enough-for-hs256-signing"), "production", "test")) {
            assertThat(context.getBean(SignatureGeneratorConfiguration.class)).isNotNull();
        }
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> {
            try (ApplicationContext context = ApplicationContext.run(
                    Map.of("flyway.datasources.default.enabled", false, "movierecs.jwt.secret", "short"), "test")) {
                context.getBean(SignatureGeneratorConfiguration.class);
            }
        }).hasStackTraceContaining("at least 32 characters");
    }
}
