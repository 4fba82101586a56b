package io.movierecs.web.training;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY;

/**
 * The rules around training_runs and training_run_events: every change of state is a
 * {@link RunStatus} arrow, recorded as an event. Each method joins the caller's transaction, or
 * runs in its own; the locks need the caller's.
 * Public for {@link io.movierecs.web.serving.ModelSwitch}, which switches runs in and out of ACTIVE.
 */
@Singleton
public class TrainingRunStore {
    /** Arbitrary, fixed keys of PostgreSQL advisory locks. */
    private static final long DECISION_LOCK = 7_106_553_917_290_600_001L;
    private static final long RECONCILIATION_LOCK = 7_106_553_917_290_600_002L;

    private final TrainingRunRepository runs;
    private final TrainingMetrics metrics;

    TrainingRunStore(TrainingRunRepository runs, TrainingMetrics metrics) {
        this.runs = runs;
        this.metrics = metrics;
    }

    public Optional<TrainingRun> find(String runId) {
        return runs.findById(runId);
    }

    Optional<TrainingRun> findInProgress() {
        return runs.findByStatusIn(RunStatus.IN_PROGRESS);
    }

    public Optional<TrainingRun> findActive() {
        return runs.findByStatusIn(List.of(RunStatus.ACTIVE));
    }

    Optional<TrainingRun> latestTrained() {
        return runs.findFirstByStatusInOrderByCreatedAtDesc(RunStatus.TRAINED);
    }

    List<TrainingRun> recent(int limit) {
        return runs.findRecent(limit);
    }

    List<RunEvent> events(String runId) {
        return runs.findEvents(runId);
    }

    /** Serialises training decisions (trigger, activation) across web instances until commit. */
    @Transactional(propagation = MANDATORY)
    public void lockDecisions() {
        runs.lock(DECISION_LOCK);
    }

    /** One web instance reconciles at a time; the others skip their turn. */
    @Transactional(propagation = MANDATORY)
    boolean tryLockReconciliation() {
        return runs.tryLock(RECONCILIATION_LOCK);
    }

    /** Which transactions the caller's transaction sees, as text; in REPEATABLE READ, those its reads see. */
    @Transactional(propagation = MANDATORY)
    String currentSnapshot() {
        return runs.currentSnapshot();
    }

    /** Whether any rating changed that a snapshot taken by {@link #currentSnapshot} did not see. */
    boolean ratingsChangedSince(String snapshot) {
        return runs.ratingsChangedSince(snapshot);
    }

    /** Changes a trained run's snapshot saw are seen by every later one too: no later question needs them. */
    void forgetRatingChangesSeenBy(String snapshot) {
        runs.forgetRatingChangesSeenBy(snapshot);
    }

    @Transactional
    void insert(String runId, RunStatus status, boolean forced, String reason) {
        runs.insert(runId, status.name(), forced, reason, !status.inProgress());
        runs.insertEvent(runId, status.name(), reason);
        if (!status.inProgress()) {
            metrics.finished(status, Duration.ZERO);
        }
    }

    /**
     * Moves a run on only from one of the expected states, so concurrent deciders cannot both win.
     *
     * @throws IllegalArgumentException when an arrow from one of {@code from} to {@code to} is not a {@link RunStatus} arrow
     */
    @Transactional
    public boolean transition(String runId, Collection<RunStatus> from, RunStatus to, String reason) {
        for (RunStatus source : from) {
            if (!source.canMoveTo(to)) {
                throw new IllegalArgumentException("A run cannot move from " + source + " to " + to);
            }
        }
        int changed = runs.transition(runId, from.stream().map(Enum::name).toArray(String[]::new), to.name(), reason,
                !to.inProgress() || to == RunStatus.SUCCEEDED, to == RunStatus.ACTIVE);
        if (changed == 1) {
            runs.insertEvent(runId, to.name(), reason);
            // A run ends once; an admin's roll-back (REJECTED, RETIRED -> ACTIVE) or a replacement
            // (ACTIVE -> RETIRED) moves a run that had already ended.
            if (!to.inProgress() && from.stream().allMatch(RunStatus::inProgress)) {
                find(runId).ifPresent(run -> metrics.finished(to, Duration.between(run.createdAt(), run.updatedAt())));
            }
        }
        return changed == 1;
    }

    /** @return whether the run is still exporting, i.e. nobody ended it meanwhile */
    @Transactional
    boolean recordSnapshot(String runId, String ratingsSnapshot, long ratings) {
        runs.recordSnapshot(runId, ratingsSnapshot, ratings);
        return find(runId).map(run -> run.status() == RunStatus.EXPORTING).orElse(false);
    }

    /** @return false when the run was ended meanwhile */
    @Transactional
    boolean recordLaunch(String runId, String launcher, String handle, String reason) {
        runs.recordLaunch(runId, launcher, handle);
        return transition(runId, List.of(RunStatus.EXPORTING), RunStatus.SUBMITTED, reason);
    }

    /** The exporting instance is alive; only while the run has not moved on. */
    void heartbeat(String runId) {
        runs.heartbeat(runId);
    }

    void recordManifest(String runId, String manifestJson) {
        runs.recordManifest(runId, manifestJson);
    }
}
