package io.movierecs.web.movies;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.annotation.Async;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an empty catalogue from {@code movierecs.movielens.dir} once the server is up, in the
 * background so that health checks answer while it runs.
 */
@Singleton
@Requires(property = "movierecs.movielens.dir", pattern = ".+")
class MovieLensStartupImport {

    private static final Logger LOG = LoggerFactory.getLogger(MovieLensStartupImport.class);

    private final MovieCatalogue catalogue;
    private final MovieLensImporter importer;
    private final Path directory;

    MovieLensStartupImport(MovieCatalogue catalogue, MovieLensImporter importer,
                           @Value("${movierecs.movielens.dir}") String directory) {
        this.catalogue = catalogue;
        this.importer = importer;
        this.directory = Path.of(directory);
    }

    @EventListener
    @Async
    void importWhenEmpty(ServerStartupEvent event) {
        if (catalogue.count() > 0) {
            return;
        }
        LOG.info("The catalogue is empty: importing MovieLens from {}", directory);
        try {
            importer.importFrom(directory, (file, rows) -> LOG.info("{}: {} rows read", file, rows));
        } catch (RuntimeException e) {
            LOG.error("Importing MovieLens from {} failed: {}", directory, e.getMessage(), e);
        }
    }
}
