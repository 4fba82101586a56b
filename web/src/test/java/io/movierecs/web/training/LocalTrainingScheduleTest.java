package io.movierecs.web.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class LocalTrainingScheduleTest {

    @Test
    void inTheLocalEnvironmentTheScheduleTriggersTraining() {
        Map<String, Object> properties = new HashMap<>(TrainingFixtures.properties());
        properties.put("movierecs.training.schedule", "3s");
        try (ApplicationContext context = ApplicationContext.run(properties, "test", "local")) {
            TrainingFixtures.deleteAllRuns(context.getBean(DataSource.class));
            TrainingFixtures.jobWill("sleep");
            TrainingRuns runs = context.getBean(TrainingRuns.class);

            List<TrainingRunView> triggered = TrainingFixtures.await(() -> runs.recent(5), list -> !list.isEmpty());

            assertThat(triggered).hasSize(1);
            assertThat(triggered.get(0).forced()).isFalse();
        }
    }

    @Test
    void outsideTheLocalEnvironmentNothingIsScheduled() {
        Map<String, Object> properties = new HashMap<>(TrainingFixtures.properties());
        properties.put("movierecs.training.schedule", "1s");
        try (ApplicationContext context = ApplicationContext.run(properties, "test")) {
            assertThat(context.containsBean(LocalTrainingSchedule.class)).isFalse();
        }
    }
}
