package io.movierecs.web.ratings;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.movierecs.web.accounts.AccountService;
import io.movierecs.web.accounts.CurrentUser;
import io.movierecs.web.movies.MovieCatalogue;
import io.movierecs.web.system.PageModel;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.Map;

/**
 * Leads a new member to rate at least {@value #GOAL} popular movies across genres, as MovieLens
 * does on sign-up, before their recommendations; they may skip it.
 */
@Controller("/onboarding")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Hidden
class OnboardingController {

    static final int GOAL = 10;
    private static final int CHOICES = 30;

    private final RatingService ratings;
    private final MovieCatalogue catalogue;
    private final AccountService accounts;

    OnboardingController(RatingService ratings, MovieCatalogue catalogue, AccountService accounts) {
        this.ratings = ratings;
        this.catalogue = catalogue;
        this.accounts = accounts;
    }

    @Get
    ModelAndView<Map<String, Object>> page(Authentication user) {
        return page(CurrentUser.id(user), null);
    }

    // The field names carry the movie ids, so the form arrives as a map and becomes an OnboardingForm.
    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> rate(Authentication user, @Body Map<String, String> fields) {
        long userId = CurrentUser.id(user);
        ratings.rateAll(userId, OnboardingForm.of(fields).ratings());
        int rated = ratings.ratingsOf(userId).size();
        if (rated >= GOAL) {
            accounts.markOnboarded(userId);
            return HttpResponse.seeOther(URI.create("/recommendations"));
        }
        return HttpResponse.status(HttpStatus.OK).body(page(userId,
                "You have rated " + rated + " movies; rate " + (GOAL - rated) + " more to get good recommendations."));
    }

    @Post(value = "/skip", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> skip(Authentication user) {
        accounts.markOnboarded(CurrentUser.id(user));
        return HttpResponse.seeOther(URI.create("/recommendations"));
    }

    private ModelAndView<Map<String, Object>> page(long userId, String message) {
        int rated = ratings.ratingsOf(userId).size();
        return new ModelAndView<>("onboarding", PageModel.of(
                "movies", catalogue.popularAcrossGenres(CHOICES, userId),
                "rated", rated, "goal", GOAL, "message", message,
                "fieldPrefix", OnboardingForm.FIELD_PREFIX, "ratingValues", RatingForms.VALUES));
    }
}
