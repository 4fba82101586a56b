package io.movierecs.web.support;

import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser without JavaScript: keeps cookies, sends forms, does not follow redirects. */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, String> setCookieHeaders = new LinkedHashMap<>();

    public PageSession(EmbeddedServer server) {
        this.base = server.getURI();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a form with the CSRF token a GET of {@code formPage} handed out. */
    public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
        Matcher token = CSRF.matcher(get(formPage).body());
        if (!token.find()) {
            throw new IllegalStateException(formPage + " has no CSRF field");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf", token.group(1));
        form.putAll(fields);
        return post(action, form);
    }

    public String setCookieHeader(String name) {
        return setCookieHeaders.get(name);
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public boolean hasCookie(String name) {
        return cookies.containsKey(name) && !cookies.get(name).isEmpty();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        request.header("Accept", "text/html,application/xhtml+xml").timeout(java.time.Duration.ofSeconds(30));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            List<String> setCookies = response.headers().allValues("Set-Cookie");
            for (String header : setCookies) {
                HttpCookie cookie = HttpCookie.parse(header).get(0);
                setCookieHeaders.put(cookie.getName(), header);
                if (cookie.getMaxAge() == 0) {
                    cookies.remove(cookie.getName());
                } else {
                    cookies.put(cookie.getName(), cookie.getValue());
                }
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
