package io.movierecs.web.system;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.time.Duration;

/** Gives every browser that asks for a page a CSRF token cookie, once. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class CsrfCookieFilter {

    private final CsrfTokens tokens;
    private final CookieSettings cookies;

    CsrfCookieFilter(CsrfTokens tokens, CookieSettings cookies) {
        this.tokens = tokens;
        this.cookies = cookies;
    }

    @RequestFilter
    void assignToken(HttpRequest<?> request) {
        if (isPage(request.getPath()) && CsrfTokens.fromCookie(request).isEmpty()) {
            request.setAttribute(CsrfTokens.ATTRIBUTE, tokens.newToken());
        }
    }

    @ResponseFilter
    void sendToken(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(CsrfTokens.ATTRIBUTE, String.class)
                .ifPresent(token -> response.cookie(cookies.cookie(CsrfTokens.COOKIE, token, Duration.ofDays(1))));
    }

    private static boolean isPage(String path) {
        return !path.startsWith("/api/") && !path.startsWith("/static/") && !path.startsWith("/internal/")
                && !path.startsWith("/swagger");
    }
}
