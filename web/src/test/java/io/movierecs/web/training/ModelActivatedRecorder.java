package io.movierecs.web.training;

import io.micronaut.runtime.event.annotation.EventListener;
import io.movierecs.web.models.ModelActivated;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Listens as the recommendations side does. */
@Singleton
class ModelActivatedRecorder {
    final List<ModelActivated> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ModelActivated event) {
        events.add(event);
    }
}
