package io.movierecs.web.operations;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.movierecs.contracts.Metrics;
import jakarta.inject.Singleton;

/**
 * Percentiles of the recommendations route's server timer, so its p99 can be alarmed on. Each
 * instance computes them over the last couple of minutes; only this route pays for the sliding
 * window (every other route keeps count, total and max).
 */
@Singleton
class RecommendationsLatency implements MeterFilter {
    static final double[] PERCENTILES = {0.5, 0.95, Double.parseDouble(Metrics.ALARMED_PERCENTILE)};

    @Override
    public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
        if (Metrics.HTTP_SERVER_REQUESTS.equals(id.getName())
                && Metrics.RECOMMENDATIONS_ROUTE.equals(id.getTag(Metrics.TAG_URI))) {
            return DistributionStatisticConfig.builder().percentiles(PERCENTILES).build().merge(config);
        }
        return config;
    }
}
