package io.movierecs.web.training;

import io.micronaut.context.annotation.Requires;
import io.movierecs.contracts.JobArguments;
import io.movierecs.contracts.ModelLayout;
import io.movierecs.web.models.ModelStore;
import io.movierecs.web.movies.MovieLensSettings;
import io.movierecs.web.recommendations.RecommendationSettings;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs the job through {@code emr-job/bin/run-local} in a child process. A shell wrapper writes
 * its process id to the run's directory when it starts and the job's exit status when it ends, so
 * the job is found, and its outcome known, even by a web process started after it was.
 */
@Singleton
@Requires(property = "movierecs.training.launcher", value = "local")
class LocalTrainingLauncher implements TrainingLauncher {
    private static final String WRAPPER = "\"$0\" \"$@\";"
            + " echo $? > \"$MOVIERECS_EXIT_FILE.tmp\" && mv \"$MOVIERECS_EXIT_FILE.tmp\" \"$MOVIERECS_EXIT_FILE\"";

    private final LocalLauncherSettings settings;
    private final JobSettings job;
    private final ModelStore store;
    private final LocalJobAwsVariables awsVariables;
    private final MovieLensSettings movielens;
    private final String recsTable;

    LocalTrainingLauncher(LocalLauncherSettings settings, JobSettings job, ModelStore store, LocalJobAwsVariables awsVariables,
                          MovieLensSettings movielens, RecommendationSettings recommendations) {
        this.settings = settings;
        this.job = job;
        this.store = store;
        this.awsVariables = awsVariables;
        this.movielens = movielens;
        this.recsTable = recommendations.getTable();
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public String launch(String runId) throws IOException {
        String movielensDir = movielens.directory()
                .orElseThrow(() -> new IOException("movierecs.movielens.dir (MOVIELENS_DIR) is not set"));
        Optional<String> running = find(runId);
        if (running.isPresent()) {
            return running.get();
        }
        Path dir = Files.createDirectories(settings.runDirectory(runId));
        Path snapshot = dir.resolve("ratings.csv.gz");
        try (InputStream in = store.open(ModelLayout.snapshotKey(runId))) {
            Files.copy(in, snapshot, StandardCopyOption.REPLACE_EXISTING);
        }
        JobArguments arguments = job.arguments(movielensDir, snapshot.toString(), runId,
                store.uri(ModelLayout.modelPrefix(runId)), recsTable);
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", WRAPPER, settings.runLocalScript().toString()));
        command.addAll(arguments.toArgs());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile(runId).toFile()));
        builder.environment().putAll(awsVariables.variables());
        builder.environment().put("MOVIERECS_EXIT_FILE", exitFile(runId).toString());
        String pid = Long.toString(builder.start().pid());
        // Written before launch() returns, so a reconciler asking right after finds the job (the
        // wrapper writing it itself raced with that); moved into place whole, so never read half-written.
        Path written = Files.writeString(dir.resolve("pid.tmp"), pid, StandardCharsets.US_ASCII);
        Files.move(written, pidFile(runId), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return pid;
    }

    @Override
    public Optional<String> find(String runId) {
        return liveWrapper(runId).map(process -> Long.toString(process.pid()));
    }

    /** Run directories whose wrapper is still alive. */
    @Override
    public List<Job> liveJobs() {
        Path root = settings.root();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.map(dir -> dir.getFileName().toString())
                    .flatMap(runId -> find(runId).map(handle -> new Job(runId, handle)).stream())
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + root + ": " + e.getMessage(), e);
        }
    }

    @Override
    public JobState state(String runId, String handle) {
        Path exit = exitFile(runId);
        if (Files.exists(exit)) {
            try {
                String status = Files.readString(exit, StandardCharsets.US_ASCII).trim();
                return "0".equals(status)
                        ? new JobState(JobState.Phase.SUCCEEDED, "exit status 0")
                        : new JobState(JobState.Phase.FAILED, "exit status " + status + "; log: " + logFile(runId));
            } catch (IOException e) {
                return new JobState(JobState.Phase.RUNNING, "exit status not readable yet");
            }
        }
        if (process(handle).map(ProcessHandle::isAlive).orElse(false)) {
            return new JobState(JobState.Phase.RUNNING, "process " + handle + "; log: " + logFile(runId));
        }
        return new JobState(JobState.Phase.FAILED, "process " + handle + " ended without an exit status; log: " + logFile(runId));
    }

    /**
     * Kills the whole tree: the wrapper first, so it starts nothing more and writes no exit status,
     * then everything below it, gathered before, since an orphan is no longer the wrapper's descendant.
     */
    @Override
    public void stop(String runId, String handle) {
        process(handle).filter(ProcessHandle::isAlive).ifPresent(wrapper -> {
            List<ProcessHandle> tree = wrapper.descendants().toList();
            wrapper.destroyForcibly();
            tree.forEach(ProcessHandle::destroyForcibly);
        });
    }

    Path logFile(String runId) {
        return settings.runDirectory(runId).resolve("job.log");
    }

    private Path exitFile(String runId) {
        return settings.runDirectory(runId).resolve("exit-status");
    }

    private Path pidFile(String runId) {
        return settings.runDirectory(runId).resolve("pid");
    }

    /** The wrapper named in the run's pid file, if it still runs and is still this run's (pids are reused). */
    private Optional<ProcessHandle> liveWrapper(String runId) {
        Path pid = pidFile(runId);
        if (!Files.isReadable(pid) || Files.exists(exitFile(runId))) {
            return Optional.empty();
        }
        try {
            return process(Files.readString(pid, StandardCharsets.US_ASCII).trim())
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().commandLine().map(line -> line.contains(runId)).orElse(true));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<ProcessHandle> process(String handle) {
        try {
            return handle == null ? Optional.empty() : ProcessHandle.of(Long.parseLong(handle));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
