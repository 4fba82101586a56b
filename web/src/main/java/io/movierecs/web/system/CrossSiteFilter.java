package io.movierecs.web.system;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * State changes through the JSON API ({@code /api/**}, {@code /internal/**}) that rely on the
 * session cookie must come from this site: a matching {@code Origin}, which browsers send with
 * every such request and pages of another site cannot forge. A request with an
 * {@code Authorization} or {@code X-Api-Key} header needs none (another site's page cannot add
 * those without a CORS grant, which the app never gives), and neither does one without the cookie.
 * Forms are covered by {@link CsrfFilter}.
 */
@ServerFilter({"/api/**", "/internal/**"})
class CrossSiteFilter implements Ordered {

    static final String SESSION_COOKIE = "JWT";
    private static final List<HttpMethod> SAFE = List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final ClientAddresses clients;
    private final SecurityLog securityLog;
    private final List<String> publicOrigins;

    CrossSiteFilter(ClientAddresses clients, SecurityLog securityLog, PublicOriginSettings settings) {
        this.clients = clients;
        this.securityLog = securityLog;
        this.publicOrigins = settings.normalisedPublicOrigins();
    }

    @RequestFilter
    void refuseCrossSite(HttpRequest<?> request) {
        HttpHeaders headers = request.getHeaders();
        boolean cookieOnly = !SAFE.contains(request.getMethod())
                && request.getCookies().findCookie(SESSION_COOKIE).isPresent()
                && !headers.contains(HttpHeaders.AUTHORIZATION) && !headers.contains("X-Api-Key");
        if (!cookieOnly || fromThisSite(request)) {
            return;
        }
        securityLog.crossSiteRefused(request.getMethodName(), request.getPath(), headers.get(HttpHeaders.ORIGIN),
                clients.of(request));
        throw new ProblemException(HttpStatus.FORBIDDEN, "A request that changes something with the session "
                + "cookie must come from this site's pages; API clients send the token in an Authorization header");
    }

    @Override
    public int getOrder() {
        // Ahead of the security filter: an answer thrown behind it loses its body (Micronaut 4.10).
        return HIGHEST_PRECEDENCE + 4;
    }

    private boolean fromThisSite(HttpRequest<?> request) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (origin == null || origin.isBlank() || origin.equals("null")) {
            return false;
        }
        String normalised = origin.strip().toLowerCase(Locale.ROOT);
        if (publicOrigins.contains(normalised)) {
            return true;
        }
        try {
            URI uri = URI.create(normalised);
            String host = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && (host.equalsIgnoreCase(request.getHeaders().get(HttpHeaders.HOST))
                    || host.equalsIgnoreCase(clients.forwardedHost(request)));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
