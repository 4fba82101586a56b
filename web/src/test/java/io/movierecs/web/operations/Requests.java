package io.movierecs.web.operations;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Plain HTTP against the running app with session tokens of a given role, minted the way the app
 * signs its own, so these tests do not depend on how a role is granted.
 */
final class Requests {
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final TokenGenerator tokens;

    Requests(EmbeddedServer server, TokenGenerator tokens) {
        this.base = server.getURI();
        this.tokens = tokens;
    }

    /** A token for a user id no one has, with the given roles. */
    String token(String... roles) {
        long userId = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
        return tokens.generateToken(Authentication.build(Long.toString(userId), List.of(roles),
                Map.of("email", "u" + userId + "@example.com")), 3600).orElseThrow();
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
