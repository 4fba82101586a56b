package io.movierecs.web.operations;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * For {@code bench/recommendations-http}: of the CPU samples in a flight recording of the app
 * under load, the share taken by recording metrics (any frame of Micrometer, micronaut-micrometer
 * or the app's own meters on the stack). Unlike throughput, a share of the app's own samples
 * hardly moves with the load others put on the host. No metrics frame wraps other work (timers
 * are stopped by hand, not by {@code Timer.record(Supplier)}), so the share is the metrics' own.
 * Prints {@code samples=N metrics=M share=P%}.
 */
public final class MetricsShare {
    private static final List<String> METRICS_CODE = List.of("io.micrometer.", "io.micronaut.configuration.metrics.",
            "io.movierecs.web.operations.ServerTimers", "io.movierecs.web.recommendations.RecommendationMetrics",
            "io.movierecs.web.accounts.AccountMetrics", "io.movierecs.web.training.TrainingMetrics",
            "io.movierecs.web.serving.ServedModelGauges");

    private MetricsShare() {
    }

    public static void main(String[] args) throws IOException {
        long samples = 0;
        long metrics = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!"jdk.ExecutionSample".equals(event.getEventType().getName()) || event.getStackTrace() == null) {
                continue;
            }
            samples++;
            if (event.getStackTrace().getFrames().stream().anyMatch(MetricsShare::isMetrics)) {
                metrics++;
            }
        }
        System.out.printf("samples=%d metrics=%d share=%.2f%%%n", samples, metrics, samples == 0 ? 0 : 100.0 * metrics / samples);
    }

    private static boolean isMetrics(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return METRICS_CODE.stream().anyMatch(type::startsWith);
    }
}
