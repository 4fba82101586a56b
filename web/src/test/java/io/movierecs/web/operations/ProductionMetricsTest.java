package io.movierecs.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.cloudwatch2.CloudWatchMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What application-production.yml turns on and off, with the production environment active. */
class ProductionMetricsTest {

    @Test
    void productionSendsMetricsToCloudWatchAndKeepsNoPrometheusRegistry() throws IOException {
        try (PutMetricDataStub cloudWatch = new PutMetricDataStub();
             ApplicationContext app = ApplicationContext.run(Map.of(
                     "movierecs.jwt.secret", "a-production-like-secret-of-more-than-32-characters",
                     "movierecs.metrics.cloudwatch-endpoint", cloudWatch.uri().toString()), "test", "production")) {

            assertThat(app.containsBean(CloudWatchMeterRegistry.class)).isTrue();
            assertThat(app.containsBean(PrometheusMeterRegistry.class)).isFalse();
        }
    }

    @Test
    void elsewhereNothingGoesToCloudWatch() {
        try (ApplicationContext app = ApplicationContext.run("test")) {
            assertThat(app.containsBean(CloudWatchMeterRegistry.class)).isFalse();
            assertThat(app.containsBean(PrometheusMeterRegistry.class)).isTrue();
        }
    }
}
