package io.movierecs.web.recommendations;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.movierecs.web.accounts.CurrentUser;
import io.movierecs.web.system.ProblemException;
import java.util.List;

/** "Not interested": hidden movies never come back from any recommendation source. */
@Controller("/api/me/hidden")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class HiddenMoviesController {
    private final UserMoviesCache userMovies;

    HiddenMoviesController(UserMoviesCache userMovies) {
        this.userMovies = userMovies;
    }

    @Get
    List<Integer> hidden(Authentication authentication) {
        return userMovies.hidden(CurrentUser.id(authentication));
    }

    @Put("/{movieId}")
    HttpResponse<?> hide(Authentication authentication, @PathVariable int movieId) {
        if (!userMovies.hide(CurrentUser.id(authentication), movieId)) {
            throw ProblemException.notFound("There is no movie with id " + movieId);
        }
        return HttpResponse.noContent();
    }

    @Delete("/{movieId}")
    HttpResponse<?> unhide(Authentication authentication, @PathVariable int movieId) {
        userMovies.unhide(CurrentUser.id(authentication), movieId);
        return HttpResponse.noContent();
    }
}
