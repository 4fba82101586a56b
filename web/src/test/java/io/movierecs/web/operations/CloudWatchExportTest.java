package io.movierecs.web.operations;

import static io.movierecs.web.operations.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.cloudwatch2.CloudWatchMeterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.movierecs.contracts.Metrics;
import io.movierecs.web.operations.PutMetricDataStub.Datum;
import io.movierecs.web.support.Api;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Production's CloudWatch export against PutMetricData at the HTTP level: what the alarms read
 * arrives under the names and dimensions {@link Metrics} gives them, and nothing else does.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CloudWatchExportTest implements TestPropertyProvider {
    private static final Map<String, String> RECOMMENDATIONS_P99 = Map.of(Metrics.TAG_URI,
            Metrics.RECOMMENDATIONS_ROUTE, Metrics.TAG_STATUS, "200", Metrics.TAG_PHI, Metrics.ALARMED_PERCENTILE);

    private PutMetricDataStub cloudWatch;

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry registry;

    @Inject
    CloudWatchMeterRegistry cloudWatchRegistry;

    private List<Datum> published;

    @Override
    public Map<String, String> getProperties() {
        try {
            cloudWatch = new PutMetricDataStub();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(CloudWatchExport.ENABLED, "true",
                "movierecs.metrics.cloudwatch-endpoint", cloudWatch.uri().toString(),
                "movierecs.aws.region", "us-east-1");
    }

    /** Serves some requests, then closes the registry, which publishes what the step holds so far. */
    @BeforeAll
    void serveAndPublish() {
        Requests requests = new Requests(server, json, dataSource);
        String token = requests.userToken();
        for (int i = 0; i < 3; i++) {
            assertThat(requests.get(Metrics.RECOMMENDATIONS_ROUTE, token).statusCode()).isEqualTo(200);
        }
        requests.get("/api/movies?query=toy", null);
        new Api(server, json).login(Api.uniqueEmail("nobody"), "not a password");
        eventually(() -> assertThat(registry.find(Metrics.HTTP_SERVER_REQUESTS).tag(Metrics.TAG_URI, "/api/movies")
                .timer()).isNotNull());
        cloudWatchRegistry.close();
        published = cloudWatch.data();
    }

    @AfterAll
    void stopStub() {
        cloudWatch.close();
    }

    @Test
    void metricsGoToTheNamespaceTheAlarmsRead() {
        assertThat(published).isNotEmpty().allSatisfy(datum -> assertThat(datum.namespace()).isEqualTo("movierecs"));
    }

    @Test
    void recommendationsP99ArrivesWithTheAlarmsDimensions() {
        assertThat(published).contains(new Datum(Metrics.NAMESPACE,
                Metrics.percentileInCloudWatch(Metrics.HTTP_SERVER_REQUESTS), RECOMMENDATIONS_P99));
    }

    @Test
    void recommendationsRequestCountArrivesPerStatus() {
        assertThat(published).contains(new Datum(Metrics.NAMESPACE,
                Metrics.inCloudWatch(Metrics.HTTP_SERVER_REQUESTS, Metrics.Statistic.COUNT),
                Map.of(Metrics.TAG_URI, Metrics.RECOMMENDATIONS_ROUTE, Metrics.TAG_STATUS, "200")));
    }

    @Test
    void otherRoutesOtherPercentilesAndTheJvmStayOnTheInstance() {
        assertThat(published).noneMatch(datum -> "/api/movies".equals(datum.dimensions().get(Metrics.TAG_URI)));
        assertThat(published).noneMatch(datum -> datum.dimensions().containsKey(Metrics.TAG_PHI)
                && !Metrics.ALARMED_PERCENTILE.equals(datum.dimensions().get(Metrics.TAG_PHI)));
        assertThat(published).noneMatch(datum -> datum.metricName().startsWith("jvm."));
    }

    @Test
    void theServedModelsAgeArrivesWithoutDimensionsForTheStaleModelAlarm() {
        // ModelStale treats missing data as breaching: an instance must send it even with no model.
        assertThat(published).contains(new Datum(Metrics.NAMESPACE,
                Metrics.inCloudWatch(Metrics.MODEL_SERVED_AGE, Metrics.Statistic.VALUE), Map.of()));
    }

    @Test
    void theAppsOwnCountersArriveWithTheirTags() {
        assertThat(published).contains(
                new Datum(Metrics.NAMESPACE, Metrics.inCloudWatch(Metrics.RECOMMENDATIONS_SERVED, Metrics.Statistic.COUNT),
                        Map.of(Metrics.TAG_SOURCE, "popular")),
                new Datum(Metrics.NAMESPACE, Metrics.inCloudWatch(Metrics.LOGINS, Metrics.Statistic.COUNT),
                        Map.of(Metrics.TAG_OUTCOME, "failure")));
    }

    @Test
    void connectionPoolAndRecommendationsCacheArrive() {
        assertThat(published).contains(
                new Datum(Metrics.NAMESPACE, Metrics.inCloudWatch(Metrics.DB_CONNECTIONS_PENDING, Metrics.Statistic.VALUE),
                        Map.of(Metrics.TAG_POOL, Metrics.DB_POOL)),
                new Datum(Metrics.NAMESPACE, Metrics.inCloudWatch(Metrics.CACHE_GETS, Metrics.Statistic.COUNT),
                        Map.of(Metrics.TAG_CACHE, Metrics.RECOMMENDATIONS_CACHE, Metrics.TAG_RESULT, "hit")));
    }
}
