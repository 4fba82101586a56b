package io.movierecs.infra;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files a deployment ships, built by {@code ./mvnw -DskipTests package} before synthesis.
 *
 * @param webJar       the web app's runnable jar
 * @param procfile     how Beanstalk starts it
 * @param ebextensions Beanstalk configuration files that travel with the source bundle
 * @param jobJar       the shaded Spark job that EMR runs
 */
public record BuildOutputs(Path webJar, Path procfile, Path ebextensions, Path jobJar) {
    static final String BUILD_COMMAND = "./mvnw -DskipTests package";

    public static BuildOutputs inRepository(Path root) {
        return new BuildOutputs(
                root.resolve("web/target/movierecs-web.jar"),
                root.resolve("Procfile"),
                root.resolve(".ebextensions"),
                root.resolve("emr-job/target/movierecs-emr-job.jar"));
    }

    /** The repository root, found from the working directory (the repository itself, or cdk/ under it). */
    public static Path findRepositoryRoot() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("Procfile")) && Files.isDirectory(dir.resolve("cdk"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No movierecs repository (a directory with Procfile and cdk/) at or above "
                + start + "; run the CDK app from the repository or its cdk/ directory");
    }

    /** Synthesis fails early and plainly when a build output is missing, rather than deep inside asset staging. */
    static String require(Path file) {
        if (!Files.exists(file)) {
            throw new IllegalStateException(file + " does not exist: build it first with `" + BUILD_COMMAND
                    + "` from the repository root, then synthesise again");
        }
        return file.toAbsolutePath().toString();
    }
}
