package io.movierecs.web.support;

import io.movierecs.web.movies.MovieLensImporter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Imports ml-latest-small once per test JVM; the import is idempotent, so reruns only refresh. */
public final class TestCatalogue {

    private static boolean imported;

    private TestCatalogue() {
    }

    /**
     * {@code ../shared/data/ml-latest-small} beside the repository (the {@code movierecs.test.data}
     * property); from a git worktree nested deeper, the nearest such folder up the tree.
     */
    public static Path smallDataset() {
        Path configured = Path.of(System.getProperty("movierecs.test.data", "../../shared/data"), "ml-latest-small");
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/ml-latest-small");
            if (!Files.isRegularFile(configured.resolve("movies.csv")) && Files.isRegularFile(candidate.resolve("movies.csv"))) {
                return candidate;
            }
        }
        if (!Files.isRegularFile(configured.resolve("movies.csv"))) {
            throw new IllegalStateException("MovieLens ml-latest-small not found at " + configured.toAbsolutePath());
        }
        return configured;
    }

    public static synchronized void ensureImported(MovieLensImporter importer) {
        if (!imported) {
            importer.importFrom(smallDataset());
            imported = true;
        }
    }
}
