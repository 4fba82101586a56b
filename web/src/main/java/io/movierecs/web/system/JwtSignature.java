package io.movierecs.web.system;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs and verifies session tokens (HS256) with {@code movierecs.jwt.secret}. Production refuses
 * to start without one, because a generated secret would differ between instances and log
 * everyone out on each deploy; elsewhere a fresh secret per start is good enough.
 */
@Context
@Named("generator")
class JwtSignature implements SignatureGeneratorConfiguration {

    static final int MIN_SECRET_LENGTH = 32;
    private static final Logger LOG = LoggerFactory.getLogger(JwtSignature.class);

    private final SecretSignature signature;

    JwtSignature(@Nullable @Value("${movierecs.jwt.secret:}") String configured, Environment environment) {
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setSecret(secret(configured, environment));
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

    private static String secret(String configured, Environment environment) {
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
        LOG.info("No movierecs.jwt.secret set: generated one for this run, sessions end when the app stops");
        byte[] random = new byte[48];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
