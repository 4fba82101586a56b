package io.movierecs.web.ratings;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
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
import jakarta.validation.Valid;
import io.movierecs.web.system.PageModel;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;

/** Rating from a movie page with a plain form, and the "my ratings" page. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Hidden
class RatingPageController {

    private final RatingService ratings;

    RatingPageController(RatingService ratings) {
        this.ratings = ratings;
    }

    @Get("/me/ratings")
    ModelAndView<Map<String, Object>> myRatings(Authentication user) {
        return new ModelAndView<>("ratings", PageModel.of("ratings", ratings.list(CurrentUser.id(user)),
                "ratingValues", RatingForms.VALUES));
    }

    @Post(value = "/movies/{movieId}/rating", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> rate(Authentication user, @PathVariable int movieId, @Valid @Body RatingForm form) {
        ratings.rate(CurrentUser.id(user), movieId, RatingForms.parse(form.rating()));
        return HttpResponse.seeOther(RatingForms.back(form.back(), movieId));
    }

    @Post(value = "/movies/{movieId}/rating/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remove(Authentication user, @PathVariable int movieId, @Valid @Body RatingForm form) {
        ratings.remove(CurrentUser.id(user), movieId);
        return HttpResponse.seeOther(RatingForms.back(form.back(), movieId));
    }
}
