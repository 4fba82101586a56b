package io.movierecs.web.operations;

import static io.movierecs.web.operations.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import io.micronaut.cache.SyncCache;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.movierecs.contracts.Metrics;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The meters every request, the JVM, the connection pool and the recommendations cache feed. */
@MicronautTest(transactional = false)
class ServerMetricsTest {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry registry;

    @Inject
    @Named(Metrics.RECOMMENDATIONS_CACHE)
    SyncCache<?> recommendationsCache;

    private Requests requests;

    @BeforeEach
    void client() {
        requests = new Requests(server, json, dataSource);
    }

    @Test
    void recommendationsRequestsAreTimedByRouteAndStatus() {
        long before = recommendationsTimer("200").map(Timer::count).orElse(0L);
        String token = requests.userToken();

        for (int i = 0; i < 5; i++) {
            assertThat(requests.get(Metrics.RECOMMENDATIONS_ROUTE, token).statusCode()).isEqualTo(200);
        }

        eventually(() -> assertThat(recommendationsTimer("200").orElseThrow().count()).isEqualTo(before + 5));
    }

    @Test
    void recommendationsRouteKeepsTheP99TheAlarmWatches() {
        String token = requests.userToken();
        for (int i = 0; i < 3; i++) {
            requests.get(Metrics.RECOMMENDATIONS_ROUTE, token);
        }
        eventually(() -> assertThat(recommendationsTimer("200")).isPresent());

        ValueAtPercentile[] percentiles = recommendationsTimer("200").orElseThrow().takeSnapshot().percentileValues();

        assertThat(Arrays.stream(percentiles).map(ValueAtPercentile::percentile))
                .contains(Double.parseDouble(Metrics.ALARMED_PERCENTILE));
        assertThat(Arrays.stream(percentiles).filter(p -> p.percentile() == 0.99).findFirst().orElseThrow()
                .value(TimeUnit.MILLISECONDS)).isPositive();
    }

    @Test
    void otherRoutesKeepNoPercentiles() {
        requests.get("/api/movies?query=toy", null);
        eventually(() -> assertThat(registry.find(Metrics.HTTP_SERVER_REQUESTS).tag(Metrics.TAG_URI, "/api/movies")
                .timer()).isNotNull());

        Timer movies = registry.find(Metrics.HTTP_SERVER_REQUESTS).tag(Metrics.TAG_URI, "/api/movies").timer();

        assertThat(movies.takeSnapshot().percentileValues()).isEmpty();
    }

    @Test
    void badRequestsAreCountedUnderTheirStatus() {
        long before = recommendationsTimer("400").map(Timer::count).orElse(0L);

        assertThat(requests.get(Metrics.RECOMMENDATIONS_ROUTE + "?limit=500", requests.userToken()).statusCode())
                .isEqualTo(400);

        eventually(() -> assertThat(recommendationsTimer("400").orElseThrow().count()).isEqualTo(before + 1));
    }

    @Test
    void requestsSecurityRefusesAreTimedToo() {
        long before = recommendationsTimer("401").map(Timer::count).orElse(0L);

        assertThat(requests.get(Metrics.RECOMMENDATIONS_ROUTE, null).statusCode()).isEqualTo(401);

        eventually(() -> assertThat(recommendationsTimer("401").orElseThrow().count()).isEqualTo(before + 1));
    }

    @Test
    void pathsNoRouteMatchesShareOneSeriesWhateverTheyAskFor() {
        requests.get("/no-such-page-" + UUID.randomUUID(), null);
        requests.get("/no-such-page-" + UUID.randomUUID(), null);

        eventually(() -> assertThat(registry.find(Metrics.HTTP_SERVER_REQUESTS).tag(Metrics.TAG_STATUS, "404").timers())
                .extracting(timer -> timer.getId().getTag(Metrics.TAG_URI)).containsOnly(ServerTimers.UNMATCHED));
    }

    @Test
    void jvmAndConnectionPoolAreMeasured() {
        assertThat(registry.find("jvm.memory.used").tag("area", "heap").gauges()).isNotEmpty();
        assertThat(registry.find("jvm.gc.pause").timers()).isNotNull();
        assertThat(registry.find(Metrics.DB_CONNECTIONS_PENDING).tag(Metrics.TAG_POOL, Metrics.DB_POOL).gauge()).isNotNull();
        assertThat(registry.find("hikaricp.connections.active").gauge()).isNotNull();
    }

    @Test
    void recommendationsCacheCountsHitsAndMisses() {
        double hits = cacheGets("hit");
        double misses = cacheGets("miss");
        String key = "metrics-test-" + UUID.randomUUID();

        recommendationsCache.get(key, String.class);
        recommendationsCache.put(key, "a list");
        recommendationsCache.get(key, String.class);

        assertThat(cacheGets("miss")).isEqualTo(misses + 1);
        assertThat(cacheGets("hit")).isEqualTo(hits + 1);
    }

    private Optional<Timer> recommendationsTimer(String status) {
        return Optional.ofNullable(registry.find(Metrics.HTTP_SERVER_REQUESTS)
                .tag(Metrics.TAG_URI, Metrics.RECOMMENDATIONS_ROUTE).tag(Metrics.TAG_STATUS, status).timer());
    }

    private double cacheGets(String result) {
        FunctionCounter counter = registry.find(Metrics.CACHE_GETS)
                .tag(Metrics.TAG_CACHE, Metrics.RECOMMENDATIONS_CACHE).tag(Metrics.TAG_RESULT, result).functionCounter();
        assertThat(counter).as("cache.gets of the recommendations cache, result " + result).isNotNull();
        return counter.count();
    }
}
