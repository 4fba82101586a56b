package io.movierecs.web.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

/**
 * One row of training_runs.
 *
 * @param launchHandle   what the launcher needs to find the job again: an EMR cluster id, a local process id
 * @param ratingsSnapshot which transactions' rating changes the snapshot holds (a pg_snapshot as text)
 * @param manifestJson   the job's manifest.json, once it succeeded
 * @param heartbeatAt    the last sign of life of the web instance exporting the run's snapshot
 */
@MappedEntity("training_runs")
public record TrainingRun(
        @Id String runId,
        RunStatus status,
        boolean forced,
        @Nullable String reason,
        @Nullable String launcher,
        @Nullable String launchHandle,
        @Nullable String ratingsSnapshot,
        @Nullable Long snapshotRatings,
        @MappedProperty("manifest") @Nullable String manifestJson,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant launchedAt,
        @Nullable Instant finishedAt,
        @Nullable Instant activatedAt,
        @Nullable Instant heartbeatAt) {
}
