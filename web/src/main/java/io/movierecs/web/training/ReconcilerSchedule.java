package io.movierecs.web.training;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Singleton
@Requires(property = "movierecs.training.reconciler.enabled", notEquals = "false")
class ReconcilerSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(ReconcilerSchedule.class);
    private static final Duration FIRST_PASS = Duration.ofSeconds(5);

    private final TrainingReconciler reconciler;
    private final TaskScheduler scheduler;
    private final ReconcilerSettings settings;

    ReconcilerSchedule(TrainingReconciler reconciler, @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler,
                       ReconcilerSettings settings) {
        this.reconciler = reconciler;
        this.scheduler = scheduler;
        this.settings = settings;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        scheduler.scheduleWithFixedDelay(FIRST_PASS, settings.interval(), this::reconcile);
    }

    private void reconcile() {
        try {
            reconciler.reconcile();
        } catch (RuntimeException e) {
            LOG.error("Reconciling training runs failed; retrying on the next pass", e);
        }
    }
}
