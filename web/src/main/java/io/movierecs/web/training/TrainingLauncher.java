package io.movierecs.web.training;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Runs the training job somewhere: a transient EMR cluster in AWS, a child process locally.
 * Everything a launcher needs to find its job again is in the handle it returns, which is kept in
 * the database, so a restarted web app picks its runs up again; and every job carries its run id
 * (a cluster tag, a file beside the process), so a job whose handle never reached the database is
 * found too.
 */
interface TrainingLauncher {

    /** Names the launcher in training_runs.launcher. */
    String name();

    /**
     * Starts the job for a run whose snapshot is in the model store, or finds the one already
     * started for it, so launching twice never starts two jobs; returns its handle.
     */
    String launch(String runId) throws IOException;

    /** The handle of the run's job while it still runs. */
    default Optional<String> find(String runId) {
        return liveJobs().stream().filter(job -> job.runId().equals(runId)).map(Job::handle).findFirst();
    }

    /** Every job of this launcher that still runs, by its run id. */
    List<Job> liveJobs();

    JobState state(String runId, String handle);

    /** Stops the job, if it still runs; stopping a finished job does nothing. */
    void stop(String runId, String handle);

    record Job(String runId, String handle) {
    }

    record JobState(Phase phase, String detail) {

        enum Phase { STARTING, RUNNING, SUCCEEDED, FAILED }
    }
}
