package io.movierecs.web.recommendations;

import io.micronaut.cache.SyncCache;
import io.micronaut.core.type.Argument;
import io.micronaut.runtime.event.annotation.EventListener;
import io.movierecs.contracts.RecommendationList;
import io.movierecs.web.ratings.RatingChanged;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * A rated user's candidates: the batch list when it is current and from the served model,
 * otherwise a fold-in of their ratings (or the older batch list while no model is loaded). Read through a cache keyed by user and model version; a user's entry is dropped when they
 * rate. Answers given because the store was down are not cached, so the batch returns with it.
 */
@Singleton
class PersonalRanking {
    /** More than any page shows, so removing what was rated or hidden since still fills it. */
    static final int CANDIDATES = 100;
    private static final Argument<Ranked> RANKED = Argument.of(Ranked.class);

    private final RecommendationStore store;
    private final SyncCache<?> cache;
    private final ServingModel servingModel;
    private final int newRatingsForFoldIn;

    PersonalRanking(RecommendationStore store, @Named("recommendations") SyncCache<?> cache, ServingModel servingModel,
                    RecommendationSettings settings) {
        this.store = store;
        this.cache = cache;
        this.servingModel = servingModel;
        this.newRatingsForFoldIn = settings.getNewRatingsForFoldIn();
    }

    Optional<Ranked> rank(long userId, UserMovies user, Optional<LoadedModel> model) {
        Key key = new Key(userId, model.map(LoadedModel::version).orElse(""));
        Optional<Ranked> cached = cache.get(key, RANKED);
        if (cached.isPresent()) {
            return cached;
        }
        StoreRead read = read(userId);
        Optional<RecommendationList> batch = read.list().filter(list -> fromServedModel(list, model));
        Optional<Ranked> ranked = batch.filter(list -> isCurrent(list, user.ratings()))
                .map(list -> fromBatch(list, user, model))
                .or(() -> model.map(m -> new Ranked(Ranked.FOLD_IN, m.version(), Instant.now().toString(),
                        ModelRecommender.foldIn(m, user.ratings(), CANDIDATES))))
                .filter(r -> !r.candidates().isEmpty())
                .or(() -> batch.map(list -> fromBatch(list, user, model)))
                .filter(r -> !r.candidates().isEmpty());
        if (ranked.isPresent() && read.answered()) {
            cache.put(key, ranked.get());
        }
        return ranked;
    }

    /** What the user rated changes both their fold-in and whether their batch list is still current. */
    @EventListener
    void onRatingChanged(RatingChanged event) {
        forget(event.userId());
    }

    private StoreRead read(long userId) {
        try {
            return new StoreRead(store.find(userId), true);
        } catch (StoreUnavailableException e) {
            return new StoreRead(Optional.empty(), false);
        }
    }

    private static Ranked fromBatch(RecommendationList list, UserMovies user, Optional<LoadedModel> model) {
        return new Ranked(Ranked.BATCH, list.modelVersion(), list.generatedAt(),
                ModelRecommender.explain(model.orElse(null), list, user.ratings()));
    }

    void forget(long userId) {
        servingModel.current().ifPresentOrElse(
                model -> cache.invalidate(new Key(userId, model.version())),
                () -> cache.invalidate(new Key(userId, "")));
    }

    /**
     * The job writes every run's lists, but only an activated run's model is served: a list from a
     * run the gate rejected, or one not activated yet, is left for fold-in from the served model.
     * With no model loaded there is nothing to judge by, and the list is better than popularity.
     */
    private static boolean fromServedModel(RecommendationList list, Optional<LoadedModel> model) {
        return model.map(m -> m.version().equals(list.modelVersion())).orElse(true);
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

    private record Key(long userId, String modelVersion) {
    }

    /** @param answered false when the store was down, so the answer is not worth caching */
    private record StoreRead(Optional<RecommendationList> list, boolean answered) {
    }
}
