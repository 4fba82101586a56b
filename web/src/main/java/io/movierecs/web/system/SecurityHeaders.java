package io.movierecs.web.system;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.security.authentication.Authentication;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headers a public site sends with every response: no MIME sniffing, no framing by other
 * sites, a Content-Security-Policy allowing only the app's own scripts and styles, referrers
 * only to this site in full, nothing stored by caches for a signed-in user, and HSTS once the
 * browser came over HTTPS. Swagger UI's page has one inline script; it is allowed by its hash.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeaders implements Ordered {

    static final String PAGES_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    private static final String SWAGGER_PAGE = "classpath:META-INF/swagger/views/swagger-ui/index.html";
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);

    private final ClientAddresses clients;
    private final String swaggerPolicy;

    SecurityHeaders(ClientAddresses clients, ResourceResolver resources) {
        this.clients = clients;
        String scriptHash = resources.getResourceAsStream(SWAGGER_PAGE).map(SecurityHeaders::inlineScriptHash).orElse("");
        // Swagger UI renders with inline styles and data: images of its own.
        this.swaggerPolicy = "default-src 'self'; script-src 'self' " + scriptHash + "; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
    }

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> headers) {
        headers.header("X-Content-Type-Options", "nosniff");
        headers.header("X-Frame-Options", "DENY");
        headers.header("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.header("Content-Security-Policy", request.getPath().startsWith("/swagger-ui") ? swaggerPolicy : PAGES_POLICY);
        boolean signedIn = request.getUserPrincipal(Authentication.class).isPresent()
                || request.getHeaders().contains(HttpHeaders.AUTHORIZATION);
        if (signedIn) {
            headers.header(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        if (clients.cameOverHttps(request)) {
            headers.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    @Override
    public int getOrder() {
        // Next to the outermost filter, so answers from the security filter and others get the headers too.
        return HIGHEST_PRECEDENCE + 1;
    }

    private static String inlineScriptHash(InputStream page) {
        try (page) {
            Matcher script = INLINE_SCRIPT.matcher(new String(page.readAllBytes(), StandardCharsets.UTF_8));
            if (!script.find()) {
                return "";
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.group(1).getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
