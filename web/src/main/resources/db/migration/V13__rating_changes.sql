-- Every statement that changed ratings used to bump one counter row, so rating writes queued
-- behind each other on its lock until commit. Now each such statement leaves a row stamped with
-- its transaction, and a snapshot records which transactions it saw (pg_current_snapshot()):
-- something is new since a run when a row exists that the run's snapshot did not see, a change
-- uncommitted when the snapshot was taken included. Nothing is locked but the new row.
CREATE TABLE rating_changes (
    txid xid8 NOT NULL DEFAULT pg_current_xact_id()
);

CREATE FUNCTION record_rating_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO rating_changes DEFAULT VALUES;
    RETURN NULL;
END
$$;

DROP TRIGGER ratings_changed ON ratings;
DROP TRIGGER ratings_truncated ON ratings;
DROP FUNCTION bump_ratings_version();
DROP TABLE ratings_version;

CREATE TRIGGER ratings_changed AFTER INSERT OR UPDATE OR DELETE ON ratings
    FOR EACH STATEMENT EXECUTE FUNCTION record_rating_change();
CREATE TRIGGER ratings_truncated AFTER TRUNCATE ON ratings
    FOR EACH STATEMENT EXECUTE FUNCTION record_rating_change();

-- Runs snapshotted before this keep no snapshot, so the next trigger trains rather than skips.
ALTER TABLE training_runs DROP COLUMN ratings_version;
ALTER TABLE training_runs ADD COLUMN ratings_snapshot TEXT;
