package io.movierecs.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.movierecs.web.support.Api;
import io.movierecs.web.support.Api.Response;
import java.net.http.HttpHeaders;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityHeadersTest {
    private EmbeddedServer direct;
    private EmbeddedServer behindProxy;
    private Api api;
    private Api proxied;

    @BeforeAll
    void start() {
        direct = ApplicationContext.run(EmbeddedServer.class, "test");
        behindProxy = ApplicationContext.run(EmbeddedServer.class, Map.of("movierecs.client-address.trusted-proxies", "1"), "test");
        api = new Api(direct, direct.getApplicationContext().getBean(JsonMapper.class));
        proxied = new Api(behindProxy, behindProxy.getApplicationContext().getBean(JsonMapper.class));
    }

    @AfterAll
    void stop() {
        direct.close();
        behindProxy.close();
    }

    @Test
    void everyResponseForbidsSniffingFramingAndForeignScripts() {
        for (String path : new String[] {"/movies", "/api/movies?query=toy", "/health", "/static/app.css", "/api/nope"}) {
            HttpHeaders headers = api.get(path).headers();
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("Content-Security-Policy").orElseThrow()).as(path)
                    .contains("frame-ancestors 'none'").contains("script-src 'self'").contains("object-src 'none'");
        }
    }

    @Test
    void swaggerUiMayRunOnlyItsOwnInlineScript() {
        String policy = api.get("/swagger-ui/index.html").headers().firstValue("Content-Security-Policy").orElseThrow();

        assertThat(policy).containsPattern("script-src 'self' 'sha256-[A-Za-z0-9+/=]{44}'").doesNotContain("unsafe-eval");
    }

    @Test
    void responsesToASignedInUserAreNeverStored() {
        String token = api.newUserToken();

        assertThat(api.get("/api/me", token).headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(api.get("/api/me/ratings", token).headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(api.get("/api/genres").headers().firstValue("Cache-Control")).isEmpty();
    }

    @Test
    void hstsOnlyWhenTheBrowserCameOverHttpsThroughATrustedProxy() {
        Map<String, String> https = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.5");

        Response proxiedHttps = proxied.send("GET", "/movies", null, null, null, https);
        Response proxiedHttp = proxied.send("GET", "/movies", null, null, null, Map.of("X-Forwarded-Proto", "http"));
        Response forged = api.send("GET", "/movies", null, null, null, https);
        Response throughCloudFront = proxied.send("GET", "/movies", null, null, null,
                Map.of("X-Forwarded-Proto", "http", "CloudFront-Forwarded-Proto", "https"));

        assertThat(proxiedHttps.headers().firstValue("Strict-Transport-Security").orElseThrow()).contains("max-age=31536000");
        assertThat(proxiedHttp.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(forged.headers().firstValue("Strict-Transport-Security")).as("no proxy trusted").isEmpty();
        assertThat(throughCloudFront.headers().firstValue("Strict-Transport-Security")).as("CloudFront's viewer scheme")
                .isPresent();
    }
}
