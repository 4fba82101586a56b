package io.movierecs.web.operations;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.movierecs.web.support.Admins;
import io.movierecs.web.support.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Plain HTTP against the running app, any content type, with the session tokens of accounts signed
 * up through the API (an admin granted in the database, as grant-admin does).
 */
final class Requests {
    private static final String PASSWORD = "correct horse battery";
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final Api api;
    private final DataSource dataSource;

    Requests(EmbeddedServer server, JsonMapper json, DataSource dataSource) {
        this.base = server.getURI();
        this.api = new Api(server, json);
        this.dataSource = dataSource;
    }

    String userToken() {
        String email = Api.uniqueEmail("metrics");
        Api.Response signup = api.post("/api/signup", Api.signupJson(email, PASSWORD, "Metrics"));
        if (signup.status() != 201) {
            throw new IllegalStateException("signup failed: " + signup.body());
        }
        return api.login(email, PASSWORD).json().get("access_token").getStringValue();
    }

    String adminToken() {
        return Admins.newAdminToken(api, dataSource);
    }

    HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
