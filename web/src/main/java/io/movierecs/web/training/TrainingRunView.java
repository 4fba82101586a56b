package io.movierecs.web.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.movierecs.contracts.Manifest;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A training run on the wire: its state, timing, snapshot size and, once trained, the manifest. */
@Serdeable
public record TrainingRunView(
        String runId,
        RunStatus status,
        boolean forced,
        @Nullable String reason,
        @Nullable String launcher,
        @Nullable String launchHandle,
        @Nullable Long snapshotRatings,
        Instant createdAt,
        @Nullable Instant finishedAt,
        @Nullable Instant activatedAt,
        @Nullable Long durationSeconds,
        @Nullable @Schema(type = "object", nullable = true) Manifest manifest,
        @Nullable List<RunEvent> events) {

    static TrainingRunView of(TrainingRun run, @Nullable Manifest manifest, @Nullable List<RunEvent> events) {
        Long duration = run.finishedAt() == null ? null : Duration.between(run.createdAt(), run.finishedAt()).toSeconds();
        return new TrainingRunView(run.runId(), run.status(), run.forced(), run.reason(), run.launcher(),
                run.launchHandle(), run.snapshotRatings(), run.createdAt(), run.finishedAt(), run.activatedAt(),
                duration, manifest, events);
    }
}
