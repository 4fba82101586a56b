-- An admin can cancel a run in progress: its job is stopped and it ends CANCELLED.
ALTER TABLE training_runs DROP CONSTRAINT training_runs_status_check;
ALTER TABLE training_runs ADD CONSTRAINT training_runs_status_check CHECK (status IN ('PENDING', 'EXPORTING',
    'SUBMITTED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'ACTIVE', 'RETIRED', 'REJECTED', 'SKIPPED', 'CANCELLED'));
