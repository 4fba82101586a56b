package io.movierecs.web.support;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** A plain HTTP client against the running app, so tests see exactly what a client would. */
public final class Api {

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final JsonMapper json;

    public Api(EmbeddedServer server, JsonMapper json) {
        this(server.getURI(), json);
    }

    public Api(URI base, JsonMapper json) {
        this.base = base;
        this.json = json;
    }

    public record Response(int status, java.net.http.HttpHeaders headers, String body, JsonMapper mapper) {

        public JsonNode json() {
            try {
                return mapper.readValue(body, JsonNode.class);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        public String detail() {
            return json().get("detail").getStringValue();
        }
    }

    public Response send(String method, String path, String body, String token, String contentType) {
        return send(method, path, body, token, contentType, java.util.Map.of());
    }

    /** With extra headers, such as a proxy's X-Forwarded-For or a browser's Origin and Cookie. */
    public Response send(String method, String path, String body, String token, String contentType,
                         java.util.Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::setHeader);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response get(String path, String token) {
        return send("GET", path, null, token, null);
    }

    public Response get(String path) {
        return get(path, null);
    }

    public Response post(String path, String jsonBody) {
        return send("POST", path, jsonBody, null, "application/json");
    }

    public Response put(String path, String jsonBody, String token) {
        return send("PUT", path, jsonBody, token, "application/json");
    }

    public Response delete(String path, String token) {
        return send("DELETE", path, null, token, null);
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 12) + "@example.com";
    }

    /** Signs a fresh user up and logs in; returns the bearer token. */
    public String newUserToken() {
        String email = uniqueEmail("user");
        Response signup = post("/api/signup", signupJson(email, "correct horse battery", "Tester"));
        if (signup.status() != 201) {
            throw new IllegalStateException("signup failed: " + signup.body());
        }
        return login(email, "correct horse battery").json().get("access_token").getStringValue();
    }

    public Response login(String email, String password) {
        return post("/api/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }

    /** Logs in as a client behind a trusted proxy that saw {@code forwardedFor}. */
    public Response login(String email, String password, String forwardedFor) {
        return send("POST", "/api/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", null,
                "application/json", java.util.Map.of("X-Forwarded-For", forwardedFor));
    }

    public static String signupJson(String email, String password, String displayName) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"displayName\":\"" + displayName + "\"}";
    }
}
