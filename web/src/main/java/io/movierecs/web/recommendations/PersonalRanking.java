package io.movierecs.web.recommendations;

import io.micronaut.cache.SyncCache;
import io.micronaut.core.type.Argument;
import io.micronaut.runtime.event.annotation.EventListener;
import io.movierecs.contracts.RecommendationList;
import io.movierecs.web.ratings.RatingChanged;
import io.movierecs.web.serving.LoadedModel;
import io.movierecs.web.serving.ServedModel;
import io.movierecs.web.serving.ServedRun;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rated user's candidates: the served run's list when it is current, otherwise a fold-in of
 * their ratings against the loaded model (or the served run's older list while no model is
 * loaded). Only the served run's list is ever read, so a run that was rejected, or not switched
 * in yet, is never seen. Read through a cache whose entries name the run and model they came
 * from; a user's entry is dropped when they rate. Answers given because the store was down are
 * not cached, so the batch returns with it.
 */
@Singleton
class PersonalRanking {
    /** More than any page shows, so removing what was rated or hidden since still fills it. */
    static final int CANDIDATES = 100;
    private static final Argument<Entry> ENTRY = Argument.of(Entry.class);

    private final RecommendationStore store;
    private final SyncCache<?> cache;
    private final ServedModel served;
    private final int newRatingsForFoldIn;
    private final RecommendationMetrics metrics;

    PersonalRanking(RecommendationStore store, @Named("recommendations") SyncCache<?> cache, ServedModel served,
                    RecommendationSettings settings, RecommendationMetrics metrics) {
        this.store = store;
        this.cache = cache;
        this.served = served;
        this.newRatingsForFoldIn = settings.getNewRatingsForFoldIn();
        this.metrics = metrics;
    }

    Optional<Ranked> rank(long userId, UserMovies user, Optional<LoadedModel> model) {
        Optional<ServedRun> run = served.run();
        String runId = run.map(ServedRun::runId).orElse(null);
        String modelVersion = model.map(LoadedModel::version).orElse(null);
        Optional<Entry> cached = cache.get(userId, ENTRY)
                .filter(entry -> Objects.equals(entry.runId(), runId) && Objects.equals(entry.modelVersion(), modelVersion));
        if (cached.isPresent()) {
            return Optional.of(cached.get().ranked());
        }
        StoreRead read = runId == null ? new StoreRead(Optional.empty(), true) : read(userId, runId);
        Optional<RecommendationList> batch = read.list();
        Optional<Ranked> ranked = batch.filter(list -> isCurrent(list, user.ratings()))
                .map(list -> fromBatch(list, user, model))
                .or(() -> model.map(m -> new Ranked(Ranked.FOLD_IN, m.version(), Instant.now().toString(),
                        foldIn(m, user))))
                .filter(r -> !r.candidates().isEmpty())
                .or(() -> batch.map(list -> fromBatch(list, user, model)))
                .filter(r -> !r.candidates().isEmpty());
        if (ranked.isPresent() && read.answered()) {
            cache.put(userId, new Entry(runId, modelVersion, ranked.get()));
        }
        return ranked;
    }

    /** What the user rated changes both their fold-in and whether their batch list is still current. */
    @EventListener
    void onRatingChanged(RatingChanged event) {
        forget(event.userId());
    }

    void forget(long userId) {
        cache.invalidate(userId);
    }

    private List<Candidate> foldIn(LoadedModel model, UserMovies user) {
        long start = System.nanoTime();
        List<Candidate> candidates = ModelRecommender.foldIn(model, user.ratings(), CANDIDATES);
        metrics.foldedIn(start);
        return candidates;
    }

    /** The served run's list, and only if the item really is that run's. */
    private StoreRead read(long userId, String runId) {
        try {
            return new StoreRead(store.find(userId, runId).filter(list -> list.modelVersion().equals(runId)), true);
        } catch (StoreUnavailableException e) {
            return new StoreRead(Optional.empty(), false);
        }
    }

    private static Ranked fromBatch(RecommendationList list, UserMovies user, Optional<LoadedModel> model) {
        return new Ranked(Ranked.BATCH, list.modelVersion(), list.generatedAt(),
                ModelRecommender.explain(model.orElse(null), list, user.ratings()));
    }

    /** A list is current while the user has rated fewer than a few movies since it was generated. */
    private boolean isCurrent(RecommendationList list, List<UserRating> ratings) {
        Instant generatedAt;
        try {
            generatedAt = Instant.parse(list.generatedAt());
        } catch (DateTimeParseException e) {
            return true;
        }
        return ratings.stream().filter(r -> r.ratedAt().isAfter(generatedAt)).count() < newRatingsForFoldIn;
    }

    /** A cached ranking and the served run and loaded model it was computed with. */
    private record Entry(String runId, String modelVersion, Ranked ranked) {
    }

    /** @param answered false when the store was down, so the answer is not worth caching */
    private record StoreRead(Optional<RecommendationList> list, boolean answered) {
    }
}
