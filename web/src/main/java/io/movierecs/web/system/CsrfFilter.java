package io.movierecs.web.system;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Checks the CSRF token of every form sent to the app (any path, any method that changes
 * something), so a new form is protected without its controller doing anything. The three body
 * types an HTML form of another site can send are covered; a token must appear exactly once.
 * micronaut-security-csrf does the same but is not in the reachable Maven mirror.
 */
@ServerFilter(value = ServerFilter.MATCH_ALL_PATTERN,
        methods = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH})
class CsrfFilter implements Ordered {

    static final String REFUSED = "The form expired or was sent from another site; reload the page and try again";

    private final CsrfTokens tokens;

    CsrfFilter(CsrfTokens tokens) {
        this.tokens = tokens;
    }

    @RequestFilter
    void checkForms(HttpRequest<?> request, @Nullable @Body String body) {
        if (isForm(request) && !tokens.matches(request, submittedToken(request, body))) {
            throw new ProblemException(HttpStatus.FORBIDDEN, REFUSED);
        }
    }

    @Override
    public int getOrder() {
        // Ahead of the security filter: an answer thrown behind it loses its body (Micronaut 4.10).
        return HIGHEST_PRECEDENCE + 3;
    }

    /** The token field of a URL-encoded form; none for other bodies, or when it is given twice. */
    private static String submittedToken(HttpRequest<?> request, String body) {
        boolean urlEncoded = request.getContentType().map(type -> type.getName()
                .equalsIgnoreCase(MediaType.APPLICATION_FORM_URLENCODED)).orElse(false);
        if (!urlEncoded || body == null) {
            return null;
        }
        String found = null;
        for (String field : body.split("&")) {
            int equals = field.indexOf('=');
            String name = equals < 0 ? field : field.substring(0, equals);
            if (decode(name).equals(CsrfTokens.FIELD)) {
                if (found != null) {
                    return null;
                }
                found = equals < 0 ? "" : decode(field.substring(equals + 1));
            }
        }
        return found;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static boolean isForm(HttpRequest<?> request) {
        // The three content types a cross-site HTML form can send.
        return request.getContentType()
                .map(type -> type.getName().equalsIgnoreCase(MediaType.APPLICATION_FORM_URLENCODED)
                        || type.getName().equalsIgnoreCase(MediaType.MULTIPART_FORM_DATA)
                        || type.getName().equalsIgnoreCase(MediaType.TEXT_PLAIN))
                .orElse(false);
    }
}
