-- The web instance exporting a run's snapshot marks the run every few seconds, so another instance
-- can tell an export still under way from one whose instance was killed.
ALTER TABLE training_runs ADD COLUMN heartbeat_at TIMESTAMPTZ;
