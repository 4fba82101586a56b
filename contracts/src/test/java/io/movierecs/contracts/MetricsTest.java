package io.movierecs.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void cloudWatchNamesAreTheMeterAndItsStatistic() {
        assertThat(Metrics.inCloudWatch(Metrics.TRAINING_RUNS_FINISHED, Metrics.Statistic.COUNT))
                .isEqualTo("training.runs.finished.count");
        assertThat(Metrics.inCloudWatch(Metrics.MODEL_SERVED_AGE, Metrics.Statistic.VALUE))
                .isEqualTo("model.served.age.value");
        assertThat(Metrics.percentileInCloudWatch(Metrics.HTTP_SERVER_REQUESTS))
                .isEqualTo("http.server.requests.percentile.value");
    }

    @Test
    void onlyTheRecommendationsRouteOfTheHttpTimerGoesToCloudWatch() {
        assertThat(published(Metrics.HTTP_SERVER_REQUESTS, Map.of("uri", "/api/me/recommendations", "status", "200")))
                .isTrue();
        assertThat(published(Metrics.HTTP_SERVER_REQUESTS, Map.of("uri", "/api/movies", "status", "200"))).isFalse();
    }

    @Test
    void onlyTheAlarmedPercentileGoesToCloudWatch() {
        String route = Metrics.RECOMMENDATIONS_ROUTE;

        assertThat(published("http.server.requests.percentile", Map.of("uri", route, "phi", "0.99"))).isTrue();
        assertThat(published("http.server.requests.percentile", Map.of("uri", route, "phi", "0.5"))).isFalse();
    }

    @Test
    void onlyTheRecommendationsCacheGoesToCloudWatch() {
        assertThat(published(Metrics.CACHE_GETS, Map.of("cache", "recommendations", "result", "hit"))).isTrue();
        assertThat(published(Metrics.CACHE_GETS, Map.of("cache", "movie-summaries", "result", "hit"))).isFalse();
    }

    @Test
    void jvmMetricsStayOnTheInstance() {
        assertThat(published("jvm.memory.used", Map.of("area", "heap"))).isFalse();
        assertThat(published(Metrics.TRAINING_RUNS_FINISHED, Map.of("status", "FAILED"))).isTrue();
    }

    private static boolean published(String meter, Map<String, String> tags) {
        return Metrics.isPublishedToCloudWatch(meter, tags::get);
    }
}
