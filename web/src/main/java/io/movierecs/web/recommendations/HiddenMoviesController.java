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
import io.movierecs.web.system.ApiAccess;
import io.movierecs.web.system.ApiProblems;
import io.movierecs.web.system.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** "Not interested": hidden movies never come back from any recommendation source. */
@Controller("/api/me/hidden")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "recommendations")
@ApiAccess.SignedIn
@ApiProblems.BadRequest
@ApiProblems.Unauthorized
@ApiProblems.ServiceUnavailable
class HiddenMoviesController {
    private final UserMoviesCache userMovies;

    HiddenMoviesController(UserMoviesCache userMovies) {
        this.userMovies = userMovies;
    }

    @Get
    @Operation(summary = "The ids of the movies the signed-in user marked \"not interested\"")
    List<Integer> hidden(Authentication authentication) {
        return userMovies.hidden(CurrentUser.id(authentication));
    }

    @Put("/{movieId}")
    @Operation(summary = "Mark a movie \"not interested\": no recommendation source shows it again")
    @ApiResponse(responseCode = "204", description = "The movie is hidden")
    @ApiProblems.Forbidden
    @ApiProblems.NotFound
    HttpResponse<?> hide(Authentication authentication, @PathVariable int movieId) {
        if (!userMovies.hide(CurrentUser.id(authentication), movieId)) {
            throw ProblemException.notFound("There is no movie with id " + movieId);
        }
        return HttpResponse.noContent();
    }

    @Delete("/{movieId}")
    @Operation(summary = "Show a hidden movie again; nothing happens when it was not hidden")
    @ApiResponse(responseCode = "204", description = "The movie is no longer hidden")
    @ApiProblems.Forbidden
    HttpResponse<?> unhide(Authentication authentication, @PathVariable int movieId) {
        userMovies.unhide(CurrentUser.id(authentication), movieId);
        return HttpResponse.noContent();
    }
}
