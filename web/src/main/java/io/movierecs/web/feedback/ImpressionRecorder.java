package io.movierecs.web.feedback;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.movierecs.contracts.Metrics;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Takes note of each recommendations list served, on the request thread, without touching the
 * database: the list joins a bounded queue that {@link ImpressionFlusher} writes out every second
 * or so. A full queue drops the list and counts it ({@value Metrics#IMPRESSIONS_DROPPED}) rather than hold the request up. The same list
 * shown to the same user again the same day is not queued at all (the table keeps one row per
 * user, model, movie and day anyway).
 */
@Singleton
public class ImpressionRecorder {
    private final boolean enabled;
    private final BlockingQueue<ShownList> queue;
    private final Cache<Long, Remembered> lastRecorded;
    private final Counter queueFull;
    private final Counter writeFailed;
    private final Clock clock = Clock.systemUTC();

    ImpressionRecorder(FeedbackSettings settings, MeterRegistry registry) {
        this.enabled = settings.enabled();
        this.queueFull = registry.counter(Metrics.IMPRESSIONS_DROPPED, Metrics.TAG_REASON, Metrics.IMPRESSION_DROP_REASONS.get(0));
        this.writeFailed = registry.counter(Metrics.IMPRESSIONS_DROPPED, Metrics.TAG_REASON, Metrics.IMPRESSION_DROP_REASONS.get(1));
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.lastRecorded = Caffeine.newBuilder().maximumSize(settings.rememberedUsers()).build();
    }

    private record Remembered(String modelVersion, LocalDate day, List<Integer> movieIds) {
    }

    /**
     * @param modelVersion the run that served the list; a list served before any model exists
     *                     belongs to no model and is not recorded
     */
    public void shown(long userId, String source, String modelVersion, List<Integer> movieIds) {
        if (!enabled || modelVersion == null || movieIds.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Remembered list = new Remembered(modelVersion, LocalDate.ofInstant(now, ZoneOffset.UTC), movieIds);
        if (list.equals(lastRecorded.getIfPresent(userId))) {
            return;
        }
        lastRecorded.put(userId, list);
        if (!queue.offer(new ShownList(userId, source, modelVersion, now, movieIds))) {
            lastRecorded.invalidate(userId);
            queueFull.increment();
        }
    }

    /** Counts {@code lists} taken from the queue that could not be written. */
    void writeFailed(int lists) {
        writeFailed.increment(lists);
    }

    List<ShownList> drain() {
        List<ShownList> lists = new ArrayList<>(queue.size());
        queue.drainTo(lists);
        return lists;
    }
}
