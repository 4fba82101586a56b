package io.movierecs.web.serving;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes {@link ServedRunChanged} whenever the run the database says serves differs from the
 * one this instance last announced: at start-up, right after a switch here, and on a poll, which
 * is how the other web instances learn of a switch. Whether the run's model then loads is
 * {@link ServedModel}'s business: it keeps trying, so announcing once is enough.
 */
@Singleton
class ServedRunWatcher {
    private static final Logger LOG = LoggerFactory.getLogger(ServedRunWatcher.class);

    private final ServedRuns servedRuns;
    private final ApplicationEventPublisher<ServedRunChanged> events;
    private final TaskScheduler scheduler;
    private final ServingSettings settings;
    private String announcedRunId;
    private boolean unreachable;

    ServedRunWatcher(ServedRuns servedRuns, ApplicationEventPublisher<ServedRunChanged> events,
                     @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler, ServingSettings settings) {
        this.servedRuns = servedRuns;
        this.events = events;
        this.scheduler = scheduler;
        this.settings = settings;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        check();
        scheduler.scheduleWithFixedDelay(settings.poll(), settings.poll(), this::check);
    }

    /** Never throws: a database that does not answer is asked again on the next poll. */
    synchronized void check() {
        Optional<ServedRun> served;
        try {
            served = servedRuns.current();
        } catch (RuntimeException e) {
            if (!unreachable) {
                LOG.warn("Cannot read which run serves ({}); asking again on the next poll", e.toString());
            }
            unreachable = true;
            return;
        }
        unreachable = false;
        if (served.isEmpty() || Objects.equals(served.get().runId(), announcedRunId)) {
            return;
        }
        ServedRun run = served.get();
        LOG.info("Run {} serves now", run.runId());
        events.publishEvent(new ServedRunChanged(run.runId(), run.modelPrefix()));
        announcedRunId = run.runId();
    }
}
