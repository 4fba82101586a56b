package io.movierecs.web.movies;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.annotation.Async;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an empty catalogue from {@code movierecs.movielens.dir}, when set, once the server is up,
 * in the background so that health checks answer while it runs.
 */
@Singleton
class MovieLensStartupImport {

    private static final Logger LOG = LoggerFactory.getLogger(MovieLensStartupImport.class);

    private final MovieCatalogue catalogue;
    private final MovieLensImporter importer;
    private final MovieLensSettings settings;

    MovieLensStartupImport(MovieCatalogue catalogue, MovieLensImporter importer, MovieLensSettings settings) {
        this.catalogue = catalogue;
        this.importer = importer;
        this.settings = settings;
    }

    @EventListener
    @Async
    void importWhenEmpty(ServerStartupEvent event) {
        if (settings.directory().isEmpty() || catalogue.count() > 0) {
            return;
        }
        Path directory = Path.of(settings.directory().get());
        LOG.info("The catalogue is empty: importing MovieLens from {}", directory);
        try {
            importer.importFrom(directory, (file, rows) -> LOG.info("{}: {} rows read", file, rows));
        } catch (RuntimeException e) {
            LOG.error("Importing MovieLens from {} failed: {}", directory, e.getMessage(), e);
        }
    }
}
