package io.movierecs.web.system;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Security events, one line each on the {@value #LOGGER} logger, with the user id and the client
 * address and never a password, token or key. Emails are left out too: the user id is enough to
 * look an account up, and an unknown email may be someone's mistyped password.
 */
@Singleton
public class SecurityLog {

    public static final String LOGGER = "io.movierecs.security";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    public void loginSucceeded(long userId, String client) {
        LOG.info("security event=login.success user={} client={}", userId, client);
    }

    public void loginFailed(@Nullable Long userId, String client) {
        LOG.warn("security event=login.failure user={} client={}", userId == null ? "unknown" : userId, client);
    }

    public void throttled(String what, @Nullable Long userId, String client) {
        LOG.warn("security event=throttled limit={} user={} client={}", what, userId == null ? "-" : userId, client);
    }

    public void signedUp(long userId, String client) {
        LOG.info("security event=signup user={} client={}", userId, client);
    }

    public void sessionsEnded(long userId, String why, String client) {
        LOG.info("security event=sessions.ended reason={} user={} client={}", why, userId, client);
    }

    public void roleChanged(long userId, String role, String by) {
        LOG.warn("security event=role.changed user={} role={} by={}", userId, role, by);
    }

    public void crossSiteRefused(String method, String path, @Nullable String origin, String client) {
        LOG.warn("security event=cross-site.refused method={} path={} origin={} client={}", method, path,
                origin == null ? "none" : sanitized(origin), client);
    }

    public void adminAction(String who, String method, String path, int status, String client) {
        LOG.warn("security event=admin.action by={} method={} path={} status={} client={}", who, method, path,
                status, client);
    }

    private static String sanitized(String text) {
        String plain = PlainText.isPlain(text) ? text : "invalid";
        return plain.length() > 100 ? plain.substring(0, 100) : plain;
    }
}
