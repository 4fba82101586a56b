package io.movierecs.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
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
    void aGeneratedSecretIsKeptSoSessionsSurviveARestart() throws Exception {
        Path file = Files.createTempDirectory("jwt-secret-test").resolve("var/jwt-secret");
        Map<String, Object> properties = Map.of("flyway.datasources.default.enabled", false,
                "movierecs.jwt.secret-file", file.toString());
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("42").build();
        SignedJWT token;
        try (ApplicationContext first = ApplicationContext.run(properties, "test")) {
            token = first.getBean(SignatureGeneratorConfiguration.class).sign(claims);
        }
        try (ApplicationContext restarted = ApplicationContext.run(properties, "test")) {
            assertThat(restarted.getBean(SignatureGeneratorConfiguration.class).verify(SignedJWT.parse(token.serialize())))
                    .isTrue();
        }
        assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.readString(file).strip()).hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void withoutASecretFileEachStartSignsDifferently() throws Exception {
        Map<String, Object> properties = Map.of("flyway.datasources.default.enabled", false);
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("42").build();
        SignedJWT token;
        try (ApplicationContext first = ApplicationContext.run(properties, "test")) {
            token = first.getBean(SignatureGeneratorConfiguration.class).sign(claims);
        }
        try (ApplicationContext restarted = ApplicationContext.run(properties, "test")) {
            assertThat(restarted.getBean(SignatureGeneratorConfiguration.class).verify(SignedJWT.parse(token.serialize())))
                    .isFalse();
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
