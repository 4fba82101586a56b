package io.movierecs.web.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/**
 * With {@code micronaut.metrics.enabled: false} micronaut-micrometer defines no registry; the
 * features still record into this one, which has no backend, so recording costs next to nothing
 * and keeps nothing.
 */
@Factory
@Requires(property = MetricsOff.ENABLED, value = "false")
class MetricsOff {
    static final String ENABLED = "micronaut.metrics.enabled";

    @Singleton
    MeterRegistry nowhere() {
        return new CompositeMeterRegistry();
    }
}
