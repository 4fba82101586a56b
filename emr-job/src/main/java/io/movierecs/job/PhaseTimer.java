package io.movierecs.job;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wall time per phase (load, tune, fit, evaluate, recommend, write-recs, write-model), added up when a phase recurs. */
final class PhaseTimer {
    private static final Logger LOG = LoggerFactory.getLogger(PhaseTimer.class);

    private final Map<String, Long> millis = new LinkedHashMap<>();

    <T> T time(String phase, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            millis.merge(phase, elapsed, Long::sum);
            LOG.info("phase {} took {} ms", phase, elapsed);
        }
    }

    void time(String phase, Runnable work) {
        time(phase, () -> {
            work.run();
            return null;
        });
    }

    /** Milliseconds per phase, in the order the phases first ran. */
    Map<String, Long> phases() {
        return new LinkedHashMap<>(millis);
    }
}
