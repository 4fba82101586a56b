package io.movierecs.web.recommendations;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.movierecs.web.accounts.CurrentUser;
import io.movierecs.web.system.ProblemException;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** The recommendations page, where onboarding lands, with a "not interested" button per movie. */
@Controller("/recommendations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Hidden
class RecommendationPageController {
    static final String VIEW = "recommendations";
    private static final int PAGE_SIZE = 20;

    private final RecommendationService recommendations;
    private final UserMoviesCache userMovies;

    RecommendationPageController(RecommendationService recommendations, UserMoviesCache userMovies) {
        this.recommendations = recommendations;
        this.userMovies = userMovies;
    }

    @Get
    ModelAndView<Map<String, Object>> page(Authentication user) {
        Map<String, Object> model = new HashMap<>();
        model.put("recommendations", recommendations.recommend(CurrentUser.id(user), PAGE_SIZE));
        return new ModelAndView<>(VIEW, model);
    }

    @Post(value = "/hidden/{movieId}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> hide(Authentication user, @PathVariable int movieId) {
        if (!userMovies.hide(CurrentUser.id(user), movieId)) {
            throw ProblemException.notFound("There is no movie with id " + movieId);
        }
        return HttpResponse.seeOther(URI.create("/recommendations"));
    }
}
