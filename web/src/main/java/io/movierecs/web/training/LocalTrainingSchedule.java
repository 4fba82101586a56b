package io.movierecs.web.training;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.convert.ConversionService;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Locally there is no EventBridge: this calls the same trigger on a cron expression or a fixed delay. */
@Singleton
@Requires(env = "local")
@Requires(property = "movierecs.training.schedule", pattern = ".+")
class LocalTrainingSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(LocalTrainingSchedule.class);
    private static final Duration FIRST_RUN = Duration.ofMinutes(1);

    private final TrainingTrigger trigger;
    private final TaskScheduler scheduler;
    private final ConversionService conversion;
    private final String schedule;

    LocalTrainingSchedule(TrainingTrigger trigger, @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler,
                          ConversionService conversion, TrainingSettings settings) {
        this.trigger = trigger;
        this.scheduler = scheduler;
        this.conversion = conversion;
        this.schedule = settings.schedule().trim();
    }

    @EventListener
    void onStartup(StartupEvent event) {
        Optional<Duration> delay = conversion.convert(schedule, Duration.class);
        if (delay.isPresent()) {
            // A fresh local install should not wait a whole period for its first model.
            Duration first = delay.get().compareTo(FIRST_RUN) < 0 ? delay.get() : FIRST_RUN;
            scheduler.scheduleWithFixedDelay(first, delay.get(), this::fire);
        } else {
            scheduler.schedule(schedule, this::fire);
        }
        LOG.info("Training is triggered locally on schedule '{}'", schedule);
    }

    private void fire() {
        try {
            TriggerOutcome outcome = trigger.trigger(false);
            LOG.info("Scheduled training trigger: {} run {}", outcome.kind(), outcome.run().runId());
        } catch (RuntimeException e) {
            LOG.error("Scheduled training trigger failed", e);
        }
    }
}
