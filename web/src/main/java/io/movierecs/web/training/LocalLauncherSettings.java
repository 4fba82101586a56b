package io.movierecs.web.training;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * @param runLocal the job's local launcher script; unset, {@code emr-job/bin/run-local} is looked for
 *                 from the working directory upwards (the repository root under bin/run and in tests)
 * @param workDir  per-run directories with the downloaded snapshot, the log and the exit status
 */
@ConfigurationProperties("movierecs.training.local")
public record LocalLauncherSettings(@Nullable Path runLocal, @Nullable Path workDir) {

    Path runLocalScript() {
        if (runLocal != null) {
            return runLocal;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("emr-job/bin/run-local");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("emr-job/bin/run-local not found from " + Path.of("").toAbsolutePath()
                + "; set movierecs.training.local.run-local");
    }

    Path runDirectory(String runId) {
        return root().resolve(runId);
    }

    Path root() {
        return Optional.ofNullable(workDir).orElse(Path.of(System.getProperty("java.io.tmpdir"), "movierecs-training"));
    }
}
