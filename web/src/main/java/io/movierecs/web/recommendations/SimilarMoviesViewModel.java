package io.movierecs.web.recommendations;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import io.movierecs.web.accounts.CurrentUser;
import io.movierecs.web.movies.Movie;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;

/**
 * Adds {@code similarMovies} to the movie page's model, so the page shows "more like this" without
 * the movies feature knowing about models.
 */
@Singleton
class SimilarMoviesViewModel implements ViewModelProcessor<Map<String, Object>> {
    private static final String MOVIE_VIEW = "movie";
    private static final int SHOWN = 6;

    private final RecommendationService recommendations;

    SimilarMoviesViewModel(RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        if (!MOVIE_VIEW.equals(modelAndView.getView().orElse(null))) {
            return;
        }
        Map<String, Object> model = new HashMap<>(modelAndView.getModel().orElseGet(Map::of));
        if (model.get("movie") instanceof Movie movie) {
            Long userId = request.getUserPrincipal(Authentication.class).map(CurrentUser::id).orElse(null);
            recommendations.similar(movie.movieId(), SHOWN, userId).ifPresent(similar -> model.put("similarMovies", similar));
            modelAndView.setModel(model);
        }
    }
}
