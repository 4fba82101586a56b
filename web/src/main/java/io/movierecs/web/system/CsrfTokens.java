package io.movierecs.web.system;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Double-submit CSRF protection for the pages' forms: a random token lives in an HttpOnly cookie
 * and every form carries the same value in a hidden field. Another site can make a browser send
 * the cookie but cannot read it to fill the field.
 */
@Singleton
public class CsrfTokens {

    public static final String COOKIE = "csrf";
    public static final String FIELD = "csrf";
    static final String ATTRIBUTE = "movierecs.csrf.new";

    private final SecureRandom random = new SecureRandom();

    /** The token the page being rendered must put in its forms. */
    public String tokenFor(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class)
                .or(() -> fromCookie(request))
                .orElse("");
    }

    boolean matches(HttpRequest<?> request, String submitted) {
        String expected = fromCookie(request).orElse("");
        return !expected.isEmpty() && submitted != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8));
    }

    String newToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static Optional<String> fromCookie(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue).filter(v -> !v.isBlank());
    }
}
