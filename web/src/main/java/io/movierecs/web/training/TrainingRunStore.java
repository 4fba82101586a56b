package io.movierecs.web.training;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * training_runs and training_run_events; every method works inside the caller's transaction.
 * Public for {@link io.movierecs.web.serving.ModelSwitch}, which switches runs in and out of ACTIVE.
 */
@Singleton
public class TrainingRunStore {
    /** Arbitrary, fixed keys of PostgreSQL advisory locks. */
    private static final long DECISION_LOCK = 7_106_553_917_290_600_001L;
    private static final long RECONCILIATION_LOCK = 7_106_553_917_290_600_002L;
    private static final String COLUMNS = "run_id, status, forced, reason, launcher, launch_handle, ratings_snapshot,"
            + " snapshot_ratings, manifest::text, created_at, updated_at, launched_at, finished_at, activated_at, heartbeat_at";

    private final TrainingMetrics metrics;

    TrainingRunStore(TrainingMetrics metrics) {
        this.metrics = metrics;
    }

    public Optional<TrainingRun> find(Connection c, String runId) {
        return one(c, "SELECT " + COLUMNS + " FROM training_runs WHERE run_id = ?", runId);
    }

    Optional<TrainingRun> findInProgress(Connection c) {
        return one(c, "SELECT " + COLUMNS + " FROM training_runs WHERE status = ANY (?)", (Object) statuses(RunStatus.IN_PROGRESS));
    }

    public Optional<TrainingRun> findActive(Connection c) {
        return one(c, "SELECT " + COLUMNS + " FROM training_runs WHERE status = 'ACTIVE'");
    }

    Optional<TrainingRun> latestTrained(Connection c) {
        return one(c, "SELECT " + COLUMNS + " FROM training_runs WHERE status = ANY (?) ORDER BY created_at DESC LIMIT 1",
                (Object) statuses(RunStatus.TRAINED));
    }

    List<TrainingRun> recent(Connection c, int limit) {
        return list(c, "SELECT " + COLUMNS + " FROM training_runs ORDER BY created_at DESC LIMIT ?", limit);
    }

    List<RunEvent> events(Connection c, String runId) {
        try (PreparedStatement s = prepare(c, "SELECT status, reason, at FROM training_run_events WHERE run_id = ? ORDER BY id", runId);
             ResultSet rs = s.executeQuery()) {
            List<RunEvent> events = new ArrayList<>();
            while (rs.next()) {
                events.add(new RunEvent(RunStatus.valueOf(rs.getString(1)), rs.getString(2), rs.getTimestamp(3).toInstant()));
            }
            return events;
        } catch (SQLException e) {
            throw new DataAccessException("Cannot read the events of training run " + runId, e);
        }
    }

    /** Serialises training decisions (trigger, activation) across web instances until commit. */
    public void lockDecisions(Connection c) {
        query(c, "SELECT pg_advisory_xact_lock(?)", DECISION_LOCK);
    }

    /** One web instance reconciles at a time; the others skip their turn. */
    boolean tryLockReconciliation(Connection c) {
        return query(c, "SELECT pg_try_advisory_xact_lock(?)", RECONCILIATION_LOCK);
    }

    private static boolean query(Connection c, String sql, long key) {
        try (PreparedStatement s = prepare(c, sql, key); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getObject(1) instanceof Boolean b ? b : true;
        } catch (SQLException e) {
            throw new DataAccessException("Cannot take advisory lock " + key, e);
        }
    }

    /** Which transactions the caller's transaction sees, as text; in REPEATABLE READ, those its reads see. */
    String currentSnapshot(Connection c) {
        return queryText(c, "SELECT pg_current_snapshot()::text");
    }

    /** Whether any rating changed that a snapshot taken by {@link #currentSnapshot} did not see. */
    boolean ratingsChangedSince(Connection c, String snapshot) {
        return Boolean.parseBoolean(queryText(c, "SELECT (EXISTS (SELECT 1 FROM rating_changes"
                + " WHERE NOT pg_visible_in_snapshot(txid, ?::pg_snapshot)))::text", snapshot));
    }

    /** Changes a trained run's snapshot saw are seen by every later one too: no later question needs them. */
    void forgetRatingChangesSeenBy(Connection c, String snapshot) {
        update(c, "DELETE FROM rating_changes WHERE pg_visible_in_snapshot(txid, ?::pg_snapshot)", snapshot);
    }

    private static String queryText(Connection c, String sql, Object... args) {
        try (PreparedStatement s = prepare(c, sql, args); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new DataAccessException("Cannot read the ratings' changes: " + e.getMessage(), e);
        }
    }

    void insert(Connection c, String runId, RunStatus status, boolean forced, String reason) {
        update(c, "INSERT INTO training_runs (run_id, status, forced, reason, finished_at)"
                + " VALUES (?, ?, ?, ?, CASE WHEN ? THEN clock_timestamp() END)",
                runId, status.name(), forced, reason, !status.inProgress());
        event(c, runId, status, reason);
        if (!status.inProgress()) {
            metrics.finished(status, Duration.ZERO);
        }
    }

    /**
     * Moves a run on only from one of the expected states, so concurrent deciders cannot both win.
     *
     * @throws IllegalArgumentException when an arrow from one of {@code from} to {@code to} is not a {@link RunStatus} arrow
     */
    public boolean transition(Connection c, String runId, Collection<RunStatus> from, RunStatus to, String reason) {
        for (RunStatus source : from) {
            if (!source.canMoveTo(to)) {
                throw new IllegalArgumentException("A run cannot move from " + source + " to " + to);
            }
        }
        int changed = update(c, "UPDATE training_runs SET status = ?, reason = ?, updated_at = clock_timestamp(),"
                        + " finished_at = CASE WHEN ? AND finished_at IS NULL THEN clock_timestamp() ELSE finished_at END,"
                        + " activated_at = CASE WHEN ? THEN clock_timestamp() ELSE activated_at END"
                        + " WHERE run_id = ? AND status = ANY (?)",
                to.name(), reason, !to.inProgress() || to == RunStatus.SUCCEEDED, to == RunStatus.ACTIVE,
                runId, (Object) statuses(from));
        if (changed == 1) {
            event(c, runId, to, reason);
            // A run ends once; an admin's roll-back (REJECTED, RETIRED -> ACTIVE) or a replacement
            // (ACTIVE -> RETIRED) moves a run that had already ended.
            if (!to.inProgress() && from.stream().allMatch(RunStatus::inProgress)) {
                find(c, runId).ifPresent(run -> metrics.finished(to, Duration.between(run.createdAt(), run.updatedAt())));
            }
        }
        return changed == 1;
    }

    void recordSnapshot(Connection c, String runId, String ratingsSnapshot, long ratings) {
        update(c, "UPDATE training_runs SET ratings_snapshot = ?, snapshot_ratings = ? WHERE run_id = ?",
                ratingsSnapshot, ratings, runId);
    }

    void recordLaunch(Connection c, String runId, String launcher, String handle) {
        update(c, "UPDATE training_runs SET launcher = ?, launch_handle = ?, launched_at = clock_timestamp() WHERE run_id = ?",
                launcher, handle, runId);
    }

    /** The exporting instance is alive; only while the run has not moved on. */
    void heartbeat(Connection c, String runId) {
        update(c, "UPDATE training_runs SET heartbeat_at = clock_timestamp() WHERE run_id = ? AND status IN ('PENDING', 'EXPORTING')",
                runId);
    }

    void recordManifest(Connection c, String runId, String manifestJson) {
        update(c, "UPDATE training_runs SET manifest = ?::jsonb WHERE run_id = ?", manifestJson, runId);
    }

    private void event(Connection c, String runId, RunStatus status, String reason) {
        update(c, "INSERT INTO training_run_events (run_id, status, reason) VALUES (?, ?, ?)", runId, status.name(), reason);
    }

    private static String[] statuses(Collection<RunStatus> statuses) {
        return statuses.stream().map(Enum::name).toArray(String[]::new);
    }

    private Optional<TrainingRun> one(Connection c, String sql, Object... args) {
        return list(c, sql, args).stream().findFirst();
    }

    private List<TrainingRun> list(Connection c, String sql, Object... args) {
        try (PreparedStatement s = prepare(c, sql, args); ResultSet rs = s.executeQuery()) {
            List<TrainingRun> runs = new ArrayList<>();
            while (rs.next()) {
                runs.add(new TrainingRun(rs.getString(1), RunStatus.valueOf(rs.getString(2)), rs.getBoolean(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), (Long) rs.getObject(8),
                        rs.getString(9), instant(rs, 10), instant(rs, 11), instant(rs, 12), instant(rs, 13), instant(rs, 14),
                        instant(rs, 15)));
            }
            return runs;
        } catch (SQLException e) {
            throw new DataAccessException("Cannot read training runs: " + e.getMessage(), e);
        }
    }

    private int update(Connection c, String sql, Object... args) {
        try (PreparedStatement s = prepare(c, sql, args)) {
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException("Cannot write training runs: " + e.getMessage(), e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            if (arg instanceof String[] array) {
                s.setArray(i + 1, c.createArrayOf("text", array));
            } else {
                s.setObject(i + 1, arg);
            }
        }
        return s;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
