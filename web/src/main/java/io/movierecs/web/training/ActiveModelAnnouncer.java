package io.movierecs.web.training;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.movierecs.web.models.ActiveModel;
import io.movierecs.web.models.ActiveModels;
import io.movierecs.web.models.ModelActivated;
import jakarta.inject.Singleton;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes {@link ModelActivated} whenever the active run recorded in the database differs from
 * the one this instance last announced: at start-up, right after an activation here, and on a
 * poll, which is how the other web instances learn of an activation.
 */
@Singleton
class ActiveModelAnnouncer {
    private static final Logger LOG = LoggerFactory.getLogger(ActiveModelAnnouncer.class);

    private final ActiveModels activeModels;
    private final ApplicationEventPublisher<ModelActivated> events;
    private String announcedRunId;

    ActiveModelAnnouncer(ActiveModels activeModels, ApplicationEventPublisher<ModelActivated> events) {
        this.activeModels = activeModels;
        this.events = events;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        announceIfChanged();
    }

    @Scheduled(fixedDelay = "${movierecs.training.active-model-poll:30s}", initialDelay = "${movierecs.training.active-model-poll:30s}")
    void poll() {
        announceIfChanged();
    }

    synchronized void announceIfChanged() {
        Optional<ActiveModel> active = activeModels.current();
        if (active.isEmpty() || Objects.equals(active.get().runId(), announcedRunId)) {
            return;
        }
        ActiveModel model = active.get();
        LOG.info("Active model is now run {}", model.runId());
        events.publishEvent(new ModelActivated(model.runId(), model.modelPrefix()));
        announcedRunId = model.runId();
    }
}
