package io.movierecs.web.training;

import io.micronaut.runtime.event.annotation.EventListener;
import io.movierecs.web.serving.ServedRunChanged;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Listens as the serving side does. */
@Singleton
class ServedRunChangedRecorder {
    final List<ServedRunChanged> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ServedRunChanged event) {
        events.add(event);
    }
}
