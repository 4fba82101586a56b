package io.movierecs.web.system;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an operation, for the OpenAPI document. Every operation says it: a public one with
 * an empty requirement, so a missing annotation is a lint error rather than a silently open door.
 * The schemes are described once, on the application class.
 */
public final class ApiAccess {

    /** A JWT in {@code Authorization: Bearer ...}, from {@code POST /api/login}. */
    public static final String BEARER = "bearer";
    /** The same JWT in the HttpOnly cookie the pages set; state changes must then come with this site's Origin. */
    public static final String SESSION_COOKIE = "sessionCookie";
    public static final String SESSION_COOKIE_NAME = CrossSiteFilter.SESSION_COOKIE;

    private ApiAccess() {
    }

    /** Anyone, signed in or not. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @SecurityRequirement(name = "")
    public @interface Public {
    }

    /** A signed-in user, by bearer token or session cookie. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @SecurityRequirement(name = BEARER)
    @SecurityRequirement(name = SESSION_COOKIE)
    public @interface SignedIn {
    }

    /** Anyone; a signed-in user gets an answer fitted to them. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @SecurityRequirement(name = "")
    @SecurityRequirement(name = BEARER)
    @SecurityRequirement(name = SESSION_COOKIE)
    public @interface SignedInOrNot {
    }
}
