package io.movierecs.web.recommendations;

import io.movierecs.web.feedback.ImpressionRecorder;
import io.movierecs.web.movies.Movie;
import io.movierecs.web.recommendations.RecommendationsResponse.MovieRef;
import io.movierecs.web.recommendations.RecommendationsResponse.RecommendedMovie;
import io.movierecs.web.recommendations.SimilarMoviesResponse.SimilarMovie;
import io.movierecs.web.serving.LoadedModel;
import io.movierecs.web.serving.ServedModel;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers "what should I watch": batch, fold-in or popular, minus every movie the user has rated or
 * hidden as of this request, whatever the cache holds.
 */
@Singleton
class RecommendationService {
    private final UserMoviesCache userMovies;
    private final PersonalRanking personalRanking;
    private final PopularMovies popularMovies;
    private final ServedModel servedModel;
    private final CachedMovies catalogue;
    private final RecommendationMetrics metrics;
    private final ImpressionRecorder impressions;

    RecommendationService(UserMoviesCache userMovies, PersonalRanking personalRanking, PopularMovies popularMovies,
                          ServedModel servedModel, CachedMovies catalogue, RecommendationMetrics metrics,
                          ImpressionRecorder impressions) {
        this.userMovies = userMovies;
        this.personalRanking = personalRanking;
        this.popularMovies = popularMovies;
        this.servedModel = servedModel;
        this.catalogue = catalogue;
        this.metrics = metrics;
        this.impressions = impressions;
    }

    /** The user's list, noted as shown to them (off the request's path) for the online feedback per model. */
    RecommendationsResponse recommend(long userId, int limit) {
        RecommendationsResponse response = rank(userId, limit);
        metrics.served(response.source());
        impressions.shown(userId, response.source(), response.modelVersion(),
                response.items().stream().map(RecommendedMovie::movieId).toList());
        return response;
    }

    private RecommendationsResponse rank(long userId, int limit) {
        UserMovies user = userMovies.find(userId);
        Optional<LoadedModel> model = servedModel.model();
        if (!user.ratings().isEmpty()) {
            Optional<Ranked> ranked = personalRanking.rank(userId, user, model);
            if (ranked.isPresent()) {
                List<Candidate> fresh = ranked.get().candidates().stream()
                        .filter(c -> !user.excludes(c.movieId())).limit(limit).toList();
                if (!fresh.isEmpty()) {
                    return response(ranked.get(), fresh);
                }
            }
        }
        String version = model.map(LoadedModel::version).orElse(null);
        return response(new Ranked(Ranked.POPULAR, version, Instant.now().toString(), List.of()),
                popularMovies.forUser(model, user, limit));
    }

    /** @return empty when the catalogue has no such movie */
    Optional<SimilarMoviesResponse> similar(int movieId, int limit, Long userId) {
        if (!catalogue.exists(movieId)) {
            return Optional.empty();
        }
        Set<Integer> hidden = userId == null ? Set.of() : userMovies.find(userId).hidden();
        Optional<LoadedModel> model = servedModel.model();
        List<Candidate> similar = model.map(m -> ModelRecommender.similar(m, movieId, limit + hidden.size()))
                .orElse(List.of()).stream().filter(c -> !hidden.contains(c.movieId())).limit(limit).toList();
        Map<Integer, Movie> movies = catalogue.byIds(similar.stream().map(Candidate::movieId).toList());
        List<SimilarMovie> items = similar.stream().filter(c -> movies.containsKey(c.movieId())).map(c -> {
            Movie movie = movies.get(c.movieId());
            return new SimilarMovie(c.movieId(), movie.title(), movie.year(), movie.genres(), c.score());
        }).toList();
        return Optional.of(new SimilarMoviesResponse(movieId, model.map(LoadedModel::version).orElse(null), items));
    }

    private RecommendationsResponse response(Ranked ranked, List<Candidate> candidates) {
        Set<Integer> ids = new HashSet<>();
        candidates.forEach(c -> {
            ids.add(c.movieId());
            ids.addAll(c.because());
        });
        Map<Integer, Movie> movies = catalogue.byIds(ids);
        List<RecommendedMovie> items = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            Movie movie = movies.get(candidate.movieId());
            if (movie == null) {
                continue;
            }
            List<MovieRef> because = candidate.because().stream().filter(movies::containsKey)
                    .map(id -> new MovieRef(id, movies.get(id).title())).toList();
            items.add(new RecommendedMovie(movie.movieId(), movie.title(), movie.year(), movie.genres(),
                    candidate.score(), because));
        }
        return new RecommendationsResponse(ranked.source(), ranked.modelVersion(), ranked.generatedAt(), items);
    }
}
