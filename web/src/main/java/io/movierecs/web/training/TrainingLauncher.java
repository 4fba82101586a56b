package io.movierecs.web.training;

import java.io.IOException;

/**
 * Runs the training job somewhere: a transient EMR cluster in AWS, a child process locally.
 * Everything a launcher needs to find its job again is in the handle it returns, which is kept in
 * the database, so a restarted web app picks its runs up again.
 */
interface TrainingLauncher {

    /** Names the launcher in training_runs.launcher. */
    String name();

    /** Starts the job for a run whose snapshot is in the model store; returns its handle. */
    String launch(String runId) throws IOException;

    JobState state(String runId, String handle);

    /** Stops the job, if it still runs; stopping a finished job does nothing. */
    void stop(String runId, String handle);

    record JobState(Phase phase, String detail) {

        enum Phase { STARTING, RUNNING, SUCCEEDED, FAILED }
    }
}
