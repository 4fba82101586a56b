package io.movierecs.web.feedback;

import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the recorder's queued lists to PostgreSQL off the request threads, every flush interval
 * and once more when the app shuts down (before the connection pool closes), and deletes
 * impressions past their retention.
 */
@Singleton
class ImpressionFlusher {
    private static final Logger LOG = LoggerFactory.getLogger(ImpressionFlusher.class);

    private final ImpressionRecorder recorder;
    private final ImpressionRepository impressions;
    private final FeedbackSettings settings;

    ImpressionFlusher(ImpressionRecorder recorder, ImpressionRepository impressions, FeedbackSettings settings) {
        this.recorder = recorder;
        this.impressions = impressions;
        this.settings = settings;
    }

    @Scheduled(fixedDelay = "${movierecs.feedback.flush-interval:1s}", initialDelay = "${movierecs.feedback.flush-interval:1s}")
    void flushOnSchedule() {
        flush();
    }

    @EventListener
    void flushOnShutdown(ShutdownEvent event) {
        flush();
    }

    /** @return how many lists were written */
    synchronized int flush() {
        List<ShownList> lists = recorder.drain();
        if (lists.isEmpty()) {
            return 0;
        }
        try {
            impressions.insert(lists, settings.rowsPerInsert());
            return lists.size();
        } catch (RuntimeException e) {
            // Impressions are statistics: losing a second's worth beats holding them, and memory, for an outage.
            LOG.warn("{} recommendation lists could not be recorded and are dropped: {}", lists.size(), e.getMessage());
            return 0;
        }
    }

    @Scheduled(fixedDelay = "${movierecs.feedback.expiry-interval:1h}", initialDelay = "1m")
    void expireOnSchedule() {
        try {
            expire();
        } catch (RuntimeException e) {
            LOG.warn("Expiring old impressions failed; retrying on the next pass: {}", e.getMessage());
        }
    }

    /** @return how many impressions older than the retention were deleted */
    int expire() {
        int deleted = impressions.deleteShownBefore(Instant.now().minus(settings.retention()));
        if (deleted > 0) {
            LOG.info("Deleted {} impressions older than {}", deleted, settings.retention());
        }
        return deleted;
    }
}
