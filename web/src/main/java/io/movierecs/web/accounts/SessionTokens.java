package io.movierecs.web.accounts;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import io.movierecs.web.system.JwtSettings;
import jakarta.inject.Singleton;
import java.time.Duration;

/** Issues the signed JWT that API clients send as a bearer token and pages keep in a cookie. */
@Singleton
public class SessionTokens {

    public static final String COOKIE = "JWT";

    private final TokenGenerator generator;
    private final Duration lifetime;

    SessionTokens(TokenGenerator generator, JwtSettings settings) {
        this.generator = generator;
        this.lifetime = settings.lifetime();
    }

    public AccessToken issue(Authentication authentication) {
        int seconds = (int) lifetime.toSeconds();
        String token = generator.generateToken(authentication, seconds)
                .orElseThrow(() -> new IllegalStateException("The JWT generator produced no token"));
        return new AccessToken(token, "Bearer", seconds);
    }

    public Duration lifetime() {
        return lifetime;
    }
}
