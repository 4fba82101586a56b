package io.movierecs.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Assembles the Beanstalk source bundle (jar, Procfile, .ebextensions at the root) in a directory
 * that a CDK asset zips and uploads. The asset hashes the content, so an unchanged build deploys
 * no new application version.
 */
final class SourceBundle {
    /** The name the Procfile starts. */
    static final String JAR_NAME = "movierecs-web.jar";

    private SourceBundle() {
    }

    static Path assemble(BuildOutputs build) {
        Path webJar = Path.of(BuildOutputs.require(build.webJar()));
        Path procfile = Path.of(BuildOutputs.require(build.procfile()));
        Path ebextensions = Path.of(BuildOutputs.require(build.ebextensions()));
        try {
            Path bundle = Files.createTempDirectory("movierecs-source-bundle");
            bundle.toFile().deleteOnExit();
            copy(webJar, bundle.resolve(JAR_NAME));
            copy(procfile, bundle.resolve("Procfile"));
            Path configs = bundle.resolve(".ebextensions");
            Files.createDirectory(configs);
            configs.toFile().deleteOnExit();
            for (Path config : configFiles(ebextensions)) {
                copy(config, configs.resolve(config.getFileName()));
            }
            return bundle;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not assemble the Beanstalk source bundle", e);
        }
    }

    private static List<Path> configFiles(Path ebextensions) throws IOException {
        try (Stream<Path> files = Files.list(ebextensions)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.copy(from, to);
        to.toFile().deleteOnExit();
    }
}
