package io.movierecs.web.training;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Singleton
@Requires(property = "movierecs.training.reconciler.enabled", notEquals = "false")
class ReconcilerSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(ReconcilerSchedule.class);

    private final TrainingReconciler reconciler;

    ReconcilerSchedule(TrainingReconciler reconciler) {
        this.reconciler = reconciler;
    }

    @Scheduled(fixedDelay = "${movierecs.training.reconciler.interval:20s}", initialDelay = "5s")
    void reconcile() {
        try {
            reconciler.reconcile();
        } catch (RuntimeException e) {
            LOG.error("Reconciling training runs failed; retrying on the next pass", e);
        }
    }
}
