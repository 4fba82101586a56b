package io.movierecs.web.recommendations;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens, on a connection of its own, to the database's announcements that a user's ratings or
 * hidden movies changed (the triggers of migration V21), and drops that user's cached movies and
 * cached ranking, so an instance never serves a movie the user rated or hid on another instance.
 * While the connection is down, the cache is not trusted; it is trusted again once listening
 * resumes.
 */
@Singleton
class UserMoviesChanges {
    static final String CHANNEL = "user_movies_changed";
    private static final Logger LOG = LoggerFactory.getLogger(UserMoviesChanges.class);
    private static final int WAIT_MILLIS = 5000;
    private static final long RETRY_MILLIS = 5000;

    private final UserMoviesCache cache;
    private final PersonalRanking rankings;
    private final String url;
    private final String username;
    private final String password;
    private volatile boolean running = true;
    private volatile Thread thread;
    private volatile Connection connection;

    UserMoviesChanges(UserMoviesCache cache, PersonalRanking rankings,
                      @Value("${datasources.default.url}") String url,
                      @Value("${datasources.default.username}") String username,
                      @Value("${datasources.default.password}") String password) {
        this.cache = cache;
        this.rankings = rankings;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (cache.enabled() && thread == null) {
            thread = new Thread(this::listen, "user-movies-changes");
            thread.setDaemon(true);
            thread.start();
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        Connection listening = connection;
        if (listening != null) {
            try {
                // Closes the socket at once; close() would wait for the blocked read to time out.
                listening.abort(Runnable::run);
            } catch (SQLException e) {
                LOG.debug("Aborting the notification connection failed", e);
            }
        }
        Thread listener = thread;
        if (listener != null) {
            listener.interrupt();
            listener.join(2000);
        }
    }

    private void listen() {
        int failures = 0;
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, username, password)) {
                this.connection = connection;
                if (!running) {
                    return;
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                cache.trust();
                if (failures > 0) {
                    LOG.info("Listening to {} again: user movies are cached again", CHANNEL);
                }
                failures = 0;
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            forget(notification.getParameter());
                        }
                    }
                    // A connection that died silently delivers nothing; do not go on trusting it.
                    if (running && (received == null || received.length == 0) && !connection.isValid(2)) {
                        throw new SQLException("the notification connection stopped answering");
                    }
                }
            } catch (SQLException | RuntimeException e) {
                cache.distrust();
                if (!running) {
                    return;
                }
                if (failures++ == 0) {
                    LOG.warn("Not listening to {} ({}): each request reads the user's movies from the database "
                            + "until it is back", CHANNEL, e.toString());
                }
                try {
                    Thread.sleep(RETRY_MILLIS);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
        cache.distrust();
    }

    private void forget(String payload) {
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
}
