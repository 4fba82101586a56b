package io.movierecs.web.system;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs and verifies session tokens (HS256) with {@code movierecs.jwt.secret}. Production refuses
 * to start without one, because a generated secret would differ between instances and log
 * everyone out on each deploy. Elsewhere a secret is generated; with {@code movierecs.jwt.secret-file}
 * (bin/run: {@code var/jwt-secret}) it is kept there, readable by its owner only, so sessions
 * survive a restart as ratings and models do.
 */
@Context
@Named("generator")
class JwtSignature implements SignatureGeneratorConfiguration {

    static final int MIN_SECRET_LENGTH = 32;
    private static final Logger LOG = LoggerFactory.getLogger(JwtSignature.class);

    private final SecretSignature signature;

    JwtSignature(JwtSettings settings, Environment environment) {
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setSecret(secret(settings.secret(), settings.secretFile(), environment));
        configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
        this.signature = new SecretSignature(configuration);
    }

    @Override
    public SignedJWT sign(JWTClaimsSet claims) throws JOSEException {
        return signature.sign(claims);
    }

    @Override
    public boolean verify(SignedJWT jwt) throws JOSEException {
        return signature.verify(jwt);
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return signature.supports(algorithm);
    }

    @Override
    public String supportedAlgorithmsMessage() {
        return signature.supportedAlgorithmsMessage();
    }

    private static String secret(String configured, String secretFile, Environment environment) {
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < MIN_SECRET_LENGTH) {
                throw new ConfigurationException("movierecs.jwt.secret (MOVIERECS_JWT_SECRET) must be at least "
                        + MIN_SECRET_LENGTH + " characters long");
            }
            return configured;
        }
        if (environment.getActiveNames().contains("production")) {
            throw new ConfigurationException("No JWT secret configured: set MOVIERECS_JWT_SECRET (or "
                    + "movierecs.jwt.secret) to a random string of at least " + MIN_SECRET_LENGTH
                    + " characters; the production environment refuses to start without one");
        }
        if (secretFile != null && !secretFile.isBlank()) {
            return kept(Path.of(secretFile));
        }
        LOG.info("No movierecs.jwt.secret set: generated one for this run, sessions end when the app stops");
        return generated();
    }

    private static String kept(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (secret.length() >= MIN_SECRET_LENGTH) {
                    return secret;
                }
            }
            String secret = generated();
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Path written = Files.createTempFile(file.toAbsolutePath().getParent(), "jwt-secret", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(written, secret, StandardCharsets.UTF_8);
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Generated a session signing secret and kept it in {}: sessions survive restarts", file);
            return secret;
        } catch (IOException e) {
            throw new ConfigurationException("Cannot keep the session signing secret in " + file + ": " + e.getMessage());
        }
    }

    private static String generated() {
        byte[] random = new byte[48];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
