package io.movierecs.web.system;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * Who is on the other end of a request. With no trusted proxy it is the TCP peer. Behind N
 * trusted proxies, each of which appends the address it saw to {@code X-Forwarded-For}, it is the
 * N-th entry from the right: entries further left were written by the client and prove nothing.
 * Forwarded headers are ignored entirely when no proxy is trusted, since then the client wrote them.
 */
@Singleton
public class ClientAddresses {

    static final String FORWARDED_FOR = "X-Forwarded-For";
    static final String FORWARDED_PROTO = "X-Forwarded-Proto";
    static final String CLOUDFRONT_PROTO = "CloudFront-Forwarded-Proto";
    private static final int MAX_LENGTH = 64;

    private final int trustedProxies;

    ClientAddresses(ClientAddressSettings settings) {
        this.trustedProxies = settings.trustedProxies();
    }

    /** The client's address, at most 64 characters. */
    public String of(HttpRequest<?> request) {
        String peer = request.getRemoteAddress().getAddress() == null ? request.getRemoteAddress().getHostString()
                : request.getRemoteAddress().getAddress().getHostAddress();
        if (trustedProxies == 0) {
            return bounded(peer);
        }
        List<String> chain = entries(request.getHeaders().getAll(FORWARDED_FOR));
        if (chain.isEmpty()) {
            return bounded(peer);
        }
        // Fewer entries than proxies: the request skipped an outer proxy; the leftmost is the furthest seen.
        int index = Math.max(0, chain.size() - trustedProxies);
        return bounded(chain.get(index));
    }

    /** Whether the browser reached us over HTTPS, directly or through a trusted proxy. */
    public boolean cameOverHttps(HttpRequest<?> request) {
        if (request.isSecure()) {
            return true;
        }
        if (trustedProxies == 0) {
            return false;
        }
        // CloudFront says what the viewer used; the load balancer behind it only sees CloudFront's HTTP.
        List<String> viewer = entries(request.getHeaders().getAll(CLOUDFRONT_PROTO));
        List<String> protocols = viewer.isEmpty() ? entries(request.getHeaders().getAll(FORWARDED_PROTO)) : viewer;
        return !protocols.isEmpty() && protocols.get(0).equalsIgnoreCase("https");
    }

    /** The host the browser asked for, as the outermost trusted proxy saw it; null without one. */
    public String forwardedHost(HttpRequest<?> request) {
        if (trustedProxies == 0) {
            return null;
        }
        List<String> hosts = entries(request.getHeaders().getAll("X-Forwarded-Host"));
        return hosts.isEmpty() ? null : hosts.get(0);
    }

    private static List<String> entries(List<String> headers) {
        List<String> entries = new ArrayList<>();
        for (String header : headers) {
            for (String entry : header.split(",")) {
                if (!entry.isBlank()) {
                    entries.add(entry.strip());
                }
            }
        }
        return entries;
    }

    private static String bounded(String address) {
        String plain = PlainText.isPlain(address) ? address : "invalid";
        return plain.length() > MAX_LENGTH ? plain.substring(0, MAX_LENGTH) : plain;
    }
}
