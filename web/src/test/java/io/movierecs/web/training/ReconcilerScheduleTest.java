package io.movierecs.web.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReconcilerScheduleTest {

    @Test
    void theReconcilerRunsUnlessTurnedOff() {
        try (ApplicationContext on = ApplicationContext.run(Map.of("movierecs.training.reconciler.enabled", "true"), "test");
             ApplicationContext off = ApplicationContext.run(Map.of("movierecs.training.reconciler.enabled", "false"), "test")) {
            assertThat(on.containsBean(ReconcilerSchedule.class)).isTrue();
            assertThat(off.containsBean(ReconcilerSchedule.class)).isFalse();
        }
    }
}
