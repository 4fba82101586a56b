package io.movierecs.web.recommendations;

import io.movierecs.contracts.PopularMovie;
import io.movierecs.web.movies.Movie;
import io.movierecs.web.serving.LoadedModel;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Popular movies for users with no ratings: the model's popular list, or before any model the
 * catalogue's rating statistics; spread across genres so the first screen is not all one kind.
 */
@Singleton
class PopularMovies {
    private static final int POOL = 300;
    private static final Duration CATALOGUE_REFRESH = Duration.ofMinutes(5);

    private final CachedMovies catalogue;
    private volatile Pool pool = new Pool("", Instant.EPOCH, List.of());

    PopularMovies(CachedMovies catalogue) {
        this.catalogue = catalogue;
    }

    List<Candidate> forUser(Optional<LoadedModel> model, UserMovies user, int limit) {
        Pool current = pool(model);
        int cap = Math.max(2, (int) Math.ceil(limit * 0.3));
        Map<String, Integer> perGenre = new HashMap<>();
        List<Candidate> picked = new ArrayList<>(limit);
        List<Candidate> skipped = new ArrayList<>();
        for (Entry entry : current.entries()) {
            if (picked.size() == limit) {
                break;
            }
            if (user.excludes(entry.movie().movieId())) {
                continue;
            }
            Candidate candidate = new Candidate(entry.movie().movieId(), entry.score(), List.of());
            if (entry.movie().genres().stream().allMatch(g -> perGenre.getOrDefault(g, 0) < cap)) {
                entry.movie().genres().forEach(g -> perGenre.merge(g, 1, Integer::sum));
                picked.add(candidate);
            } else {
                skipped.add(candidate);
            }
        }
        for (int i = 0; picked.size() < limit && i < skipped.size(); i++) {
            picked.add(skipped.get(i));
        }
        return picked;
    }

    private Pool pool(Optional<LoadedModel> model) {
        Pool current = pool;
        String version = model.map(LoadedModel::version).orElse("");
        boolean stale = version.isEmpty() && current.loadedAt().plus(CATALOGUE_REFRESH).isBefore(Instant.now());
        if (!current.version().equals(version) || stale) {
            List<PopularMovie> ranked = model.map(LoadedModel::popular)
                    .filter(list -> !list.isEmpty())
                    .orElseGet(() -> catalogue.popularByRatings(POOL));
            current = new Pool(version, Instant.now(), withGenres(ranked.subList(0, Math.min(POOL, ranked.size()))));
            pool = current;
        }
        return current;
    }

    private List<Entry> withGenres(List<PopularMovie> ranked) {
        Map<Integer, Movie> movies = catalogue.byIds(ranked.stream().map(PopularMovie::movieId).toList());
        List<Entry> entries = new ArrayList<>(ranked.size());
        for (PopularMovie popular : ranked) {
            Movie movie = movies.get(popular.movieId());
            if (movie != null) {
                entries.add(new Entry(movie, popular.score()));
            }
        }
        return entries;
    }

    private record Entry(Movie movie, double score) {
    }

    private record Pool(String version, Instant loadedAt, List<Entry> entries) {
    }
}
