package io.movierecs.web.serving;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import io.movierecs.contracts.Metrics;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The served model's age ({@value Metrics#MODEL_SERVED_AGE}, seconds) and quality
 * ({@value Metrics#MODEL_SERVED_NDCG}), read from the database on the serving poll and whenever
 * another run serves, so a scrape or a publish never waits for the database.
 *
 * <p>The age counts from when the served model last caught up with the ratings: its activation,
 * or a later run SKIPPED because no rating changed since the model's own snapshot (no other
 * trained run in between, whose snapshot the skip would have compared with instead). A quiet
 * service is not a stale one. With no model at all it counts from this instance's start.
 */
@Singleton
class ServedModelGauges {
    private static final Logger LOG = LoggerFactory.getLogger(ServedModelGauges.class);
    private final ServedModelFigures figures;
    private final TaskScheduler scheduler;
    private final ServingSettings settings;
    private final Clock clock;
    private final Instant started;
    private volatile Instant caughtUpAt;
    private volatile double ndcg = Double.NaN;
    private boolean unreadable;

    ServedModelGauges(MeterRegistry registry, ServedModelFigures figures,
                      @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler, ServingSettings settings) {
        this.figures = figures;
        this.scheduler = scheduler;
        this.settings = settings;
        this.clock = Clock.systemUTC();
        this.started = clock.instant();
        Gauge.builder(Metrics.MODEL_SERVED_AGE, this, ServedModelGauges::ageSeconds).baseUnit("seconds")
                .description("Seconds since the served model last caught up with the ratings").register(registry);
        Gauge.builder(Metrics.MODEL_SERVED_NDCG, this, gauges -> gauges.ndcg)
                .description("NDCG@10 of the served model on its holdout (the time-aware one when it has one)")
                .register(registry);
    }

    double ageSeconds() {
        Instant since = caughtUpAt == null ? started : caughtUpAt;
        return Duration.between(since, clock.instant()).toMillis() / 1000.0;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        refresh();
        scheduler.scheduleWithFixedDelay(settings.poll(), settings.poll(), this::refresh);
    }

    @EventListener
    void onServedRunChanged(ServedRunChanged event) {
        refresh();
    }

    /** Never throws: with the database away the figures stay as last read, and the age keeps growing. */
    synchronized void refresh() {
        try {
            Optional<ServedModelFigures.Figures> served = figures.findServed();
            ndcg = served.map(ServedModelFigures.Figures::ndcg).orElse(Double.NaN);
            caughtUpAt = served.map(ServedModelFigures.Figures::caughtUpAt).orElse(null);
            unreadable = false;
        } catch (RuntimeException e) {
            if (!unreadable) {
                LOG.warn("Cannot read the served model's age and NDCG@10 ({}); trying again on the next poll", e.toString());
            }
            unreadable = true;
        }
    }
}
