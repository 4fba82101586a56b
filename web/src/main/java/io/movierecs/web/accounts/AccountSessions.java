package io.movierecs.web.accounts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.movierecs.web.system.PostgresChannel;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each user's role and session version, read on every authenticated request, so a token is only
 * as good as the database says now: logout, a password change or a demotion ends it at once.
 * Cached per user so a request costs no database round trip; an entry is dropped when this
 * instance changes it and when the database announces a change from anywhere (migration V6).
 * While those announcements are not heard, nothing is cached.
 */
@Singleton
class AccountSessions implements PostgresChannel.Listener {
    static final String CHANNEL = "user_session_changed";
    private static final Logger LOG = LoggerFactory.getLogger(AccountSessions.class);

    private final UserRepository users;
    private final PostgresChannel channel;
    private final Cache<Long, Entry> cache = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterWrite(Duration.ofMinutes(10)).build();
    /** Bumped whenever announcements may have been missed; entries of an older generation are ignored. */
    private volatile long generation;
    private volatile boolean trusted;

    AccountSessions(UserRepository users,
                    @Value("${datasources.default.url}") String url,
                    @Value("${datasources.default.username}") String username,
                    @Value("${datasources.default.password}") String password) {
        this.users = users;
        this.channel = new PostgresChannel(CHANNEL, url, username, password);
    }

    @EventListener
    void onStartup(StartupEvent event) {
        channel.start(this);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        channel.stop();
    }

    Optional<SessionState> current(long userId) {
        if (!trusted) {
            return users.findSession(userId);
        }
        long current = generation;
        // Caffeine loads under the key's lock, so a forget() arriving during the load waits for it.
        Entry entry = cache.get(userId, id -> new Entry(current, users.findSession(id)));
        return entry.generation() == current ? entry.state() : users.findSession(userId);
    }

    /** Ends every session of the user: tokens issued before carry an older version. */
    void endAll(long userId) {
        users.raiseSessionVersion(userId);
        cache.invalidate(userId);
    }

    void forget(long userId) {
        cache.invalidate(userId);
    }

    @Override
    public void listening() {
        generation++;
        cache.invalidateAll();
        trusted = true;
    }

    @Override
    public void notified(String payload) {
        try {
            cache.invalidate(Long.parseLong(payload));
        } catch (NumberFormatException e) {
            LOG.warn("Ignored a {} notification whose payload is not a user id: {}", CHANNEL, payload);
        }
    }

    @Override
    public void deaf() {
        trusted = false;
        generation++;
        cache.invalidateAll();
    }

    private record Entry(long generation, Optional<SessionState> state) {
    }
}
