package io.movierecs.web.system;

import io.micronaut.jdbc.BasicJdbcConfiguration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens to one PostgreSQL NOTIFY channel on a connection of its own, on a daemon thread,
 * reconnecting after a failure. Whoever caches what the channel announces is told when it hears
 * (so the cache may be trusted) and when it may have missed something (so it must not be).
 */
public final class PostgresChannel {

    /** What the owner of a cache does with the channel's news. */
    public interface Listener {
        void listening();

        void notified(String payload);

        void deaf();
    }

    private static final Logger LOG = LoggerFactory.getLogger(PostgresChannel.class);
    private static final int WAIT_MILLIS = 5000;
    private static final long RETRY_MILLIS = 5000;

    private final String channel;
    private final String url;
    private final String username;
    private final String password;
    private volatile boolean running;
    private volatile Thread thread;
    private volatile Connection connection;

    /**
     * @param database the pool's own settings ({@code datasources.default.*}), so the channel reaches the
     *                 database the pool does, on a connection of its own outside the pool
     */
    public PostgresChannel(String channel, BasicJdbcConfiguration database) {
        this.channel = channel;
        this.url = database.getUrl();
        this.username = database.getUsername();
        this.password = database.getPassword();
    }

    public synchronized void start(Listener listener) {
        if (thread == null) {
            running = true;
            thread = new Thread(() -> listen(listener), channel + "-listener");
            thread.setDaemon(true);
            thread.start();
        }
    }

    public void stop() throws InterruptedException {
        running = false;
        Connection listening = connection;
        if (listening != null) {
            try {
                // Closes the socket at once; close() would wait for the blocked read to time out.
                listening.abort(Runnable::run);
            } catch (SQLException e) {
                LOG.debug("Aborting the {} connection failed", channel, e);
            }
        }
        Thread listener = thread;
        if (listener != null) {
            listener.interrupt();
            listener.join(2000);
        }
    }

    private void listen(Listener listener) {
        int failures = 0;
        while (running) {
            // Raw JDBC outside the pool: LISTEN needs one connection held for good, which no repository gives.
            try (Connection opened = DriverManager.getConnection(url, username, password)) {
                connection = opened;
                try (Statement statement = opened.createStatement()) {
                    statement.execute("LISTEN " + channel);
                }
                listener.listening();
                if (failures > 0) {
                    LOG.info("Listening to {} again", channel);
                }
                failures = 0;
                PGConnection notifications = opened.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            listener.notified(notification.getParameter());
                        }
                    }
                    // A connection that died silently delivers nothing; do not go on trusting it.
                    if (running && (received == null || received.length == 0) && !opened.isValid(2)) {
                        throw new SQLException("the notification connection stopped answering");
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listener.deaf();
                if (!running) {
                    return;
                }
                if (failures++ == 0) {
                    LOG.warn("Not listening to {} ({}); retrying", channel, e.toString());
                }
                try {
                    Thread.sleep(RETRY_MILLIS);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
        listener.deaf();
    }
}
