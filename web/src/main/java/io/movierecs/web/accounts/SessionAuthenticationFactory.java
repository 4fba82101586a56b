package io.movierecs.web.accounts;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a verified session token into the request's user, from what the database says now: the
 * token names the user and its session version, the role and names come from {@link AccountSessions}.
 * A token of an older version (logged out, password changed, demoted) or of a deleted user is no
 * session at all; the role claim in the token is never trusted.
 */
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
class SessionAuthenticationFactory implements JwtAuthenticationFactory {

    private final AccountSessions sessions;

    SessionAuthenticationFactory(AccountSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Optional<Authentication> createAuthentication(JWT token) {
        try {
            JWTClaimsSet claims = token.getJWTClaimsSet();
            long userId = Long.parseLong(claims.getSubject());
            // Tokens signed before session versions existed count as version 0: they stay valid until
            // the user's first logout, password change or demotion, like any other token.
            Long claimed = claims.getLongClaim(CurrentUser.SESSION_VERSION);
            long version = claimed == null ? 0 : claimed;
            return sessions.current(userId)
                    .filter(state -> state.version() == version)
                    .map(SessionAuthenticationFactory::authentication);
        } catch (ParseException | NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    static Authentication authentication(SessionState state) {
        return Authentication.build(Long.toString(state.userId()), state.roles(), Map.of(
                CurrentUser.EMAIL, state.email(), CurrentUser.DISPLAY_NAME, state.displayName(),
                CurrentUser.SESSION_VERSION, state.version()));
    }
}
