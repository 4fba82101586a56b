package io.movierecs.web.feedback;

import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
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
    private static final Duration FIRST_EXPIRY = Duration.ofMinutes(1);

    private final ImpressionRecorder recorder;
    private final ImpressionRepository impressions;
    private final FeedbackSettings settings;
    private final TaskScheduler scheduler;

    ImpressionFlusher(ImpressionRecorder recorder, ImpressionRepository impressions, FeedbackSettings settings,
                      @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler) {
        this.recorder = recorder;
        this.impressions = impressions;
        this.settings = settings;
        this.scheduler = scheduler;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        scheduler.scheduleWithFixedDelay(settings.flushInterval(), settings.flushInterval(), this::flush);
        scheduler.scheduleWithFixedDelay(FIRST_EXPIRY, settings.expiryInterval(), this::expireOnSchedule);
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
            recorder.writeFailed(lists.size());
            return 0;
        }
    }

    private void expireOnSchedule() {
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
