package io.movierecs.web.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** training_runs and training_run_events; {@link TrainingRunStore} keeps the rules around them. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface TrainingRunRepository extends GenericRepository<TrainingRun, String> {

    Optional<TrainingRun> findById(String runId);

    /** The partial unique indexes allow one run in progress and one ACTIVE run at most. */
    Optional<TrainingRun> findByStatusIn(Collection<RunStatus> statuses);

    Optional<TrainingRun> findFirstByStatusInOrderByCreatedAtDesc(Collection<RunStatus> statuses);

    @Query("SELECT * FROM training_runs ORDER BY created_at DESC LIMIT :limit")
    List<TrainingRun> findRecent(int limit);

    @Query("SELECT status, reason, at FROM training_run_events WHERE run_id = :runId ORDER BY id")
    List<RunEvent> findEvents(String runId);

    /** Held until the transaction ends. */
    @Query("SELECT true FROM pg_advisory_xact_lock(:key)")
    boolean lock(long key);

    /** Held until the transaction ends; false at once when another transaction holds it. */
    @Query("SELECT pg_try_advisory_xact_lock(:key)")
    boolean tryLock(long key);

    @Query("SELECT pg_current_snapshot()::text")
    String currentSnapshot();

    @Query("""
            SELECT EXISTS (SELECT 1 FROM rating_changes WHERE NOT pg_visible_in_snapshot(txid, CAST(:snapshot AS pg_snapshot)))""")
    boolean ratingsChangedSince(String snapshot);

    @Query("DELETE FROM rating_changes WHERE pg_visible_in_snapshot(txid, CAST(:snapshot AS pg_snapshot))")
    void forgetRatingChangesSeenBy(String snapshot);

    @Query("""
            INSERT INTO training_runs (run_id, status, forced, reason, finished_at)
            VALUES (:runId, :status, :forced, :reason, CASE WHEN :finished THEN clock_timestamp() END)""")
    void insert(String runId, String status, boolean forced, @Nullable String reason, boolean finished);

    @Query("""
            UPDATE training_runs SET status = :to, reason = :reason, updated_at = clock_timestamp(),
                finished_at = CASE WHEN :finished AND finished_at IS NULL THEN clock_timestamp() ELSE finished_at END,
                activated_at = CASE WHEN :activated THEN clock_timestamp() ELSE activated_at END
            WHERE run_id = :runId AND status = ANY (CAST(:from AS text[]))""")
    int transition(String runId, String[] from, String to, @Nullable String reason, boolean finished,
                   boolean activated);

    @Query("INSERT INTO training_run_events (run_id, status, reason) VALUES (:runId, :status, :reason)")
    void insertEvent(String runId, String status, @Nullable String reason);

    @Query("UPDATE training_runs SET ratings_snapshot = :ratingsSnapshot, snapshot_ratings = :ratings WHERE run_id = :runId")
    void recordSnapshot(String runId, String ratingsSnapshot, long ratings);

    @Query("""
            UPDATE training_runs SET launcher = :launcher, launch_handle = :handle, launched_at = clock_timestamp()
            WHERE run_id = :runId""")
    void recordLaunch(String runId, String launcher, String handle);

    /** Only while the run has not moved on. */
    @Query("""
            UPDATE training_runs SET heartbeat_at = clock_timestamp() WHERE run_id = :runId AND status IN ('PENDING', 'EXPORTING')""")
    void heartbeat(String runId);

    @Query("UPDATE training_runs SET manifest = CAST(:manifestJson AS jsonb) WHERE run_id = :runId")
    void recordManifest(String runId, String manifestJson);
}
