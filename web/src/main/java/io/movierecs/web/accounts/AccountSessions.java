package io.movierecs.web.accounts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.jdbc.BasicJdbcConfiguration;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import io.movierecs.web.system.DatabaseOutage;
import io.movierecs.web.system.PostgresChannel;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each user's role and session version, read on every authenticated request, so a token is only
 * as good as the database says now: logout, a password change or a demotion ends it at once.
 * Cached per user so a request costs no database round trip; an entry is dropped when this
 * instance changes it and when the database announces a change from anywhere (migration V6).
 * While those announcements are not heard, nothing is cached.
 *
 * <p>When PostgreSQL cannot be reached at all, a user's last state read from it still holds (a
 * logout, password change or demotion is a write, so none can happen meanwhile). Token checks run
 * on the event loop, so they never wait out the pool then: a scheduled probe asks the database
 * every {@link #OUTAGE_RECHECK} and ends the outage when it answers, and a signed-in user's cached
 * recommendations keep answering meanwhile.
 */
@Singleton
class AccountSessions implements PostgresChannel.Listener {
    static final String CHANNEL = "user_session_changed";
    private static final Logger LOG = LoggerFactory.getLogger(AccountSessions.class);
    static final Duration OUTAGE_RECHECK = Duration.ofSeconds(2);

    private final UserRepository users;
    private final PostgresChannel channel;
    private final Cache<Long, Entry> cache = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterWrite(Duration.ofMinutes(10)).build();
    /** Each user's state as last read, kept as long as a token lives; used only while PostgreSQL is unreachable. */
    private final Cache<Long, Optional<SessionState>> lastRead = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterWrite(Duration.ofHours(12)).build();
    private final TaskScheduler scheduler;
    /** Set when PostgreSQL was found unreachable; cleared by the probe once it answers again. */
    private final AtomicBoolean unreachable = new AtomicBoolean();
    /** Bumped whenever announcements may have been missed; entries of an older generation are ignored. */
    private volatile long generation;
    private volatile boolean trusted;

    AccountSessions(UserRepository users, @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler,
                    @Named("default") BasicJdbcConfiguration database) {
        this.users = users;
        this.scheduler = scheduler;
        this.channel = new PostgresChannel(CHANNEL, database);
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
            return read(userId);
        }
        long current = generation;
        // Caffeine loads under the key's lock, so a forget() arriving during the load waits for it.
        Entry entry = cache.get(userId, id -> new Entry(current, read(id)));
        return entry.generation() == current ? entry.state() : read(userId);
    }

    private Optional<SessionState> read(long userId) {
        Optional<SessionState> known = lastRead.getIfPresent(userId);
        if (known != null && unreachable.get()) {
            return known;
        }
        try {
            Optional<SessionState> state = users.findSession(userId);
            lastRead.put(userId, state);
            return state;
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            if (unreachable.compareAndSet(false, true)) {
                LOG.warn("PostgreSQL cannot be reached: signed-in users' last known sessions hold until it answers");
                probeLater(userId);
            }
            if (known == null) {
                throw e;
            }
            return known;
        }
    }

    private void probeLater(long userId) {
        scheduler.schedule(OUTAGE_RECHECK, () -> {
            try {
                lastRead.put(userId, users.findSession(userId));
                unreachable.set(false);
                LOG.info("PostgreSQL answers again: sessions are read from it");
            } catch (RuntimeException e) {
                probeLater(userId);
            }
        });
    }

    /** Ends every session of the user: tokens issued before carry an older version. */
    void endAll(long userId) {
        users.raiseSessionVersion(userId);
        forget(userId);
    }

    void forget(long userId) {
        cache.invalidate(userId);
        lastRead.invalidate(userId);
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
            forget(Long.parseLong(payload));
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
