package io.movierecs.web.recommendations;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.runtime.event.annotation.EventListener;
import io.movierecs.web.ratings.RatingChanged;
import io.movierecs.web.system.DatabaseOutage;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;

/**
 * What each user has rated and hidden, as every recommendations request needs it, cached so that
 * request makes no database round trip. An entry is dropped when this instance changes the user's
 * movies, and when the database announces a change from anywhere ({@link UserMoviesChanges}). The
 * cache is trusted only while those announcements are heard: otherwise every read goes to the
 * database, as it does when the TTL is zero. While the database itself cannot be reached, a user's
 * last known movies are used: nobody can rate or hide anything meanwhile, so they are still true.
 */
@Singleton
class UserMoviesCache {
    private final UserMoviesRepository repository;
    private final Cache<Long, Entry> cache;
    private final boolean enabled;
    private static final long RECHECK_NANOS = 2_000_000_000L;
    /** Marks entries read while announcements may be missed: never served while trusted. */
    private static final long UNTRUSTED = -1;
    /** Bumped whenever announcements may have been missed; entries of an older generation are ignored. */
    private volatile long generation;
    private volatile boolean trusted;
    private volatile long databaseFailedAt = System.nanoTime() - RECHECK_NANOS;

    UserMoviesCache(UserMoviesRepository repository, RecommendationSettings settings) {
        this.repository = repository;
        Duration ttl = settings.getUserMoviesTtl();
        this.enabled = !ttl.isNegative() && !ttl.isZero();
        this.cache = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(enabled ? ttl : Duration.ZERO).build();
    }

    boolean enabled() {
        return enabled;
    }

    UserMovies find(long userId) {
        if (!trusted) {
            return findUntrusted(userId);
        }
        long current = generation;
        // Caffeine loads under the key's lock, so a forget() that arrives while this load reads the
        // database waits for it and then removes what it read.
        Entry entry = cache.get(userId, id -> new Entry(current, repository.find(id)));
        return entry.generation() == current ? entry.movies() : repository.find(userId);
    }

    /**
     * From the database, kept as the last known state; when the database cannot be reached, the
     * last known state if there is one.
     */
    private UserMovies findUntrusted(long userId) {
        Entry known = cache.getIfPresent(userId);
        // Each attempt costs the pool's whole connection timeout: ask again only now and then.
        if (known != null && System.nanoTime() - databaseFailedAt < RECHECK_NANOS) {
            return known.movies();
        }
        try {
            UserMovies movies = repository.find(userId);
            if (enabled) {
                cache.put(userId, new Entry(UNTRUSTED, movies));
            }
            return movies;
        } catch (RuntimeException e) {
            if (known != null && DatabaseOutage.causedBy(e)) {
                databaseFailedAt = System.nanoTime();
                return known.movies();
            }
            throw e;
        }
    }

    /** @return false when the catalogue has no such movie */
    boolean hide(long userId, int movieId) {
        boolean hidden = repository.hide(userId, movieId);
        forget(userId);
        return hidden;
    }

    void unhide(long userId, int movieId) {
        repository.unhide(userId, movieId);
        forget(userId);
    }

    List<Integer> hidden(long userId) {
        return repository.hidden(userId);
    }

    @EventListener
    void onRatingChanged(RatingChanged event) {
        forget(event.userId());
    }

    void forget(long userId) {
        cache.invalidate(userId);
    }

    void forgetAll() {
        cache.invalidateAll();
    }

    /** Announcements are heard from now on: start afresh and use the cache. */
    void trust() {
        generation++;
        cache.invalidateAll();
        trusted = enabled;
    }

    /**
     * Announcements may be missed from now on: read every user's movies from the database. The
     * entries stay, as the last known state should the database go away too.
     */
    void distrust() {
        trusted = false;
        generation++;
    }

    private record Entry(long generation, UserMovies movies) {
    }
}
