package io.movierecs.web.movies;

import io.micronaut.context.ApplicationContext;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code java -jar movierecs-web.jar import-movielens DIR}: imports MovieLens into the configured
 * database without starting the web server, showing progress and printing the counts.
 */
public final class ImportCommand {

    public static final String NAME = "import-movielens";

    private ImportCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        if (args.length != 2 || !Files.isDirectory(Path.of(args[1]))) {
            out.println("usage: " + NAME + " DIR   (DIR holds MovieLens movies.csv, links.csv, ratings.csv)");
            return 2;
        }
        Path directory = Path.of(args[1]);
        // A one-off command: background work of the running app (training schedule) stays off.
        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(true)
                .properties(Map.of("movierecs.training.reconciler.enabled", false, "movierecs.training.schedule", ""))
                .start()) {
            ImportReport report = context.getBean(MovieLensImporter.class)
                    .importFrom(directory, (file, rows) -> out.printf("%s: %,d rows read%n", file, rows));
            report.skipped().forEach(line -> out.println("skipped " + line));
            out.println("imported " + report.summary());
            return 0;
        } catch (RuntimeException e) {
            out.println("import failed: " + e.getMessage());
            return 1;
        }
    }
}
