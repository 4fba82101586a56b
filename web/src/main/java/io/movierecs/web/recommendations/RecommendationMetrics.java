package io.movierecs.web.recommendations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.movierecs.contracts.Metrics;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The recommendation path's meters: which source answered ({@value Metrics#RECOMMENDATIONS_SERVED}),
 * each DynamoDB read ({@value Metrics#RECOMMENDATION_STORE_READS}) and each fold-in
 * ({@value Metrics#FOLD_IN}). Registered once, as they are recorded on every request.
 */
@Singleton
class RecommendationMetrics {
    static final String FOUND = "found";
    static final String ABSENT = "absent";
    static final String FAILED = "failed";

    private final Map<String, Counter> served;
    private final Map<String, Timer> storeReads;
    private final Timer foldIn;

    RecommendationMetrics(MeterRegistry registry) {
        served = Metrics.SOURCES.stream().collect(Collectors.toUnmodifiableMap(Function.identity(),
                source -> registry.counter(Metrics.RECOMMENDATIONS_SERVED, Metrics.TAG_SOURCE, source)));
        storeReads = Metrics.STORE_READ_OUTCOMES.stream().collect(Collectors.toUnmodifiableMap(Function.identity(),
                outcome -> registry.timer(Metrics.RECOMMENDATION_STORE_READS, Metrics.TAG_OUTCOME, outcome)));
        foldIn = registry.timer(Metrics.FOLD_IN);
    }

    /** @param source one of {@link Ranked#BATCH}, {@link Ranked#FOLD_IN}, {@link Ranked#POPULAR} */
    void served(String source) {
        served.get(source).increment();
    }

    /** A GetItem that began at {@code startNanos} ({@link System#nanoTime}) ended with this outcome. */
    void storeRead(String outcome, long startNanos) {
        storeReads.get(outcome).record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
    }

    /** A fold-in that began at {@code startNanos} ({@link System#nanoTime}) is done. */
    void foldedIn(long startNanos) {
        foldIn.record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
    }
}
