package io.movierecs.web.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.movierecs.contracts.Metrics;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImpressionRecorderTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ImpressionRecorder recorder = new ImpressionRecorder(new FeedbackSettings(true, 2, Duration.ofSeconds(1),
            1000, 100, Duration.ofDays(30), Duration.ofHours(1), Duration.ofDays(7)), registry);

    @Test
    void aListThatFindsTheQueueFullIsCountedAsDroppedAndQueuedWhenShownAgainLater() {
        recorder.shown(1, "batch", "run-1", List.of(10, 20));
        recorder.shown(2, "batch", "run-1", List.of(10, 30));
        recorder.shown(3, "fold-in", "run-1", List.of(40));

        assertThat(dropped("queue-full")).isEqualTo(1);
        assertThat(recorder.drain()).extracting(ShownList::userId).containsExactly(1L, 2L);

        // The dropped list was not remembered as recorded: shown again, it is queued this time.
        recorder.shown(3, "fold-in", "run-1", List.of(40));
        assertThat(recorder.drain()).extracting(ShownList::userId).containsExactly(3L);
        assertThat(dropped("queue-full")).isEqualTo(1);
    }

    @Test
    void listsThatCouldNotBeWrittenAreCountedApart() {
        recorder.writeFailed(3);

        assertThat(dropped("write-failed")).isEqualTo(3);
        assertThat(dropped("queue-full")).isZero();
    }

    private double dropped(String reason) {
        return registry.get(Metrics.IMPRESSIONS_DROPPED).tag(Metrics.TAG_REASON, reason).counter().count();
    }
}
