package io.movierecs.web.accounts;

import io.micronaut.security.authentication.Authentication;

/** Reads the app's principal convention: the authentication name is {@code users.id}. */
public final class CurrentUser {

    public static final String EMAIL = "email";
    public static final String DISPLAY_NAME = "displayName";
    /** The session version the token was issued for; see {@code AccountSessions}. */
    public static final String SESSION_VERSION = "ver";
    public static final String ROLE_USER = "USER";
    public static final String ROLE_ADMIN = "ADMIN";

    private CurrentUser() {
    }

    public static long id(Authentication authentication) {
        return Long.parseLong(authentication.getName());
    }
}
