package io.movierecs.web.training;

import io.micronaut.transaction.annotation.Transactional;
import io.movierecs.contracts.RecommendationItemAttributes;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Decides what a trigger (EventBridge, the local schedule, an admin) does. The decision is taken
 * under a PostgreSQL advisory lock, so concurrent triggers on any number of web instances start
 * one run at most; the partial unique index on training_runs backs it up.
 */
@Singleton
public class TrainingTrigger {
    private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TrainingRunStore runs;
    private final TrainingRunStarter starter;

    TrainingTrigger(TrainingRunStore runs, TrainingRunStarter starter) {
        this.runs = runs;
        this.starter = starter;
    }

    public TriggerOutcome trigger(boolean force) {
        TriggerOutcome outcome = decide(force);
        if (outcome.kind() == TriggerOutcome.Kind.STARTED) {
            starter.startInBackground(outcome.run().runId());
        }
        return outcome;
    }

    /** Committed before the run starts in the background. */
    @Transactional
    TriggerOutcome decide(boolean force) {
        runs.lockDecisions();
        Optional<TrainingRun> inProgress = runs.findInProgress();
        if (inProgress.isPresent()) {
            return new TriggerOutcome(TriggerOutcome.Kind.IN_PROGRESS, inProgress.get());
        }
        String runId = newRunId();
        Optional<TrainingRun> unchanged = force ? Optional.empty() : lastTrainedIfNothingNew();
        if (unchanged.isPresent()) {
            runs.insert(runId, RunStatus.SKIPPED, false,
                    "No rating changed since run " + unchanged.get().runId() + " and a model is active");
            return new TriggerOutcome(TriggerOutcome.Kind.SKIPPED, runs.find(runId).orElseThrow());
        }
        runs.insert(runId, RunStatus.PENDING, force, force ? "Forced" : "Triggered");
        return new TriggerOutcome(TriggerOutcome.Kind.STARTED, runs.find(runId).orElseThrow());
    }

    private Optional<TrainingRun> lastTrainedIfNothingNew() {
        Optional<TrainingRun> active = runs.findActive();
        if (active.isEmpty() || listsAgeing(active.get())) {
            return Optional.empty();
        }
        return runs.latestTrained()
                .filter(run -> run.ratingsSnapshot() != null && !runs.ratingsChangedSince(run.ratingsSnapshot()));
    }

    /** The served run's lists expire: a run is due before they are half their lifetime old, new ratings or not. */
    private static boolean listsAgeing(TrainingRun active) {
        Instant written = active.finishedAt() == null ? active.createdAt() : active.finishedAt();
        return written.plus(RecommendationItemAttributes.LIST_LIFETIME.dividedBy(2)).isBefore(Instant.now());
    }

    static String newRunId() {
        byte[] suffix = new byte[3];
        RANDOM.nextBytes(suffix);
        return "run-" + RUN_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)) + "-" + HexFormat.of().formatHex(suffix);
    }
}
