package io.movierecs.web.recommendations;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.jdbc.BasicJdbcConfiguration;
import io.micronaut.runtime.event.annotation.EventListener;
import io.movierecs.web.system.PostgresChannel;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears, on a channel of its own ({@link PostgresChannel}), the database's announcements that a
 * user's ratings or hidden movies changed (the triggers of migration V21), and drops that user's
 * cached movies and cached ranking, so an instance never serves a movie the user rated or hid on
 * another instance. While the channel is deaf, the cache is not trusted; it is trusted again once
 * listening resumes.
 */
@Singleton
class UserMoviesChanges implements PostgresChannel.Listener {
    static final String CHANNEL = "user_movies_changed";
    private static final Logger LOG = LoggerFactory.getLogger(UserMoviesChanges.class);

    private final UserMoviesCache cache;
    private final PersonalRanking rankings;
    private final PostgresChannel channel;

    UserMoviesChanges(UserMoviesCache cache, PersonalRanking rankings, @Named("default") BasicJdbcConfiguration database) {
        this.cache = cache;
        this.rankings = rankings;
        this.channel = new PostgresChannel(CHANNEL, database);
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (cache.enabled()) {
            channel.start(this);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        channel.stop();
    }

    @Override
    public void listening() {
        cache.trust();
    }

    @Override
    public void notified(String payload) {
        if ("*".equals(payload)) {
            cache.forgetAll();
            return;
        }
        try {
            long userId = Long.parseLong(payload);
            cache.forget(userId);
            rankings.forget(userId);
        } catch (NumberFormatException e) {
            LOG.warn("Ignored a {} notification whose payload is not a user id: {}", CHANNEL, payload);
        }
    }

    @Override
    public void deaf() {
        cache.distrust();
    }
}
