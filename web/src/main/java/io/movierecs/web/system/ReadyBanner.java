package io.movierecs.web.system;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells whoever started the app that it is serving, and where to begin. */
@Singleton
class ReadyBanner {
    private static final Logger LOG = LoggerFactory.getLogger(ReadyBanner.class);

    @EventListener
    void announce(ServerStartupEvent event) {
        String url = event.getSource().getURL().toString();
        LOG.info("movierecs is ready at {} : sign up at {}/signup, API docs at {}/swagger-ui/index.html, health at {}/health",
                url, url, url, url);
    }
}
