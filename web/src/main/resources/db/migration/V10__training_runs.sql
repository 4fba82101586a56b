-- Training runs and every change of their state. A run is in progress from PENDING to SUCCEEDED
-- (the quality gate still has to decide); ACTIVE is the model that serves, RETIRED one that served.
CREATE TABLE training_runs (
    run_id           TEXT PRIMARY KEY,
    status           TEXT        NOT NULL CHECK (status IN ('PENDING', 'EXPORTING', 'SUBMITTED', 'RUNNING',
                         'SUCCEEDED', 'FAILED', 'ACTIVE', 'RETIRED', 'REJECTED', 'SKIPPED')),
    forced           BOOLEAN     NOT NULL DEFAULT false,
    reason           TEXT,
    launcher         TEXT,
    launch_handle    TEXT,
    ratings_version  BIGINT,
    snapshot_ratings BIGINT,
    manifest         JSONB,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    launched_at      TIMESTAMPTZ,
    finished_at      TIMESTAMPTZ,
    activated_at     TIMESTAMPTZ
);
-- At most one run in progress and one active model, whichever web instance decides.
CREATE UNIQUE INDEX training_runs_one_in_progress ON training_runs ((true))
    WHERE status IN ('PENDING', 'EXPORTING', 'SUBMITTED', 'RUNNING', 'SUCCEEDED');
CREATE UNIQUE INDEX training_runs_one_active ON training_runs ((true)) WHERE status = 'ACTIVE';
CREATE INDEX training_runs_created_at ON training_runs (created_at DESC);

CREATE TABLE training_run_events (
    id     BIGSERIAL PRIMARY KEY,
    run_id TEXT        NOT NULL REFERENCES training_runs (run_id) ON DELETE CASCADE,
    status TEXT        NOT NULL,
    reason TEXT,
    at     TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX training_run_events_run_id ON training_run_events (run_id, id);

-- Counts statements that changed ratings (deletions and cascades included), so a trigger can tell
-- whether anything is new since the snapshot of the last trained run. The row lock makes a change
-- still uncommitted at snapshot time count as new afterwards.
CREATE TABLE ratings_version (
    singleton BOOLEAN PRIMARY KEY DEFAULT true CHECK (singleton),
    version   BIGINT  NOT NULL
);
INSERT INTO ratings_version (singleton, version) VALUES (true, 0);

CREATE FUNCTION bump_ratings_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE ratings_version SET version = version + 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER ratings_changed AFTER INSERT OR UPDATE OR DELETE ON ratings
    FOR EACH STATEMENT EXECUTE FUNCTION bump_ratings_version();
CREATE TRIGGER ratings_truncated AFTER TRUNCATE ON ratings
    FOR EACH STATEMENT EXECUTE FUNCTION bump_ratings_version();
