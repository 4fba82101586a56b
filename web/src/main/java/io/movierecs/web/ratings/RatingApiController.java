package io.movierecs.web.ratings;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
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
import io.movierecs.contracts.RatingScale;
import io.movierecs.web.accounts.CurrentUser;
import io.movierecs.web.system.ApiAccess;
import io.movierecs.web.system.ApiProblems;
import io.movierecs.web.system.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;

/** Only {@code /me} paths: there is no way to address another user's ratings. */
@Controller("/api/me/ratings")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "ratings")
@ApiAccess.SignedIn
@ApiProblems.BadRequest
@ApiProblems.Unauthorized
@ApiProblems.ServiceUnavailable
class RatingApiController {

    private final RatingService ratings;

    RatingApiController(RatingService ratings) {
        this.ratings = ratings;
    }

    @Get
    @Operation(operationId = "listRatings", summary = "The signed-in user's ratings, newest first")
    List<RatedMovie> list(Authentication user) {
        return ratings.list(CurrentUser.id(user));
    }

    @Put("/{movieId}")
    @Operation(summary = "Create or replace a rating: " + RatingScale.RANGE)
    @ApiProblems.Forbidden
    @ApiProblems.NotFound
    RatedMovie rate(Authentication user, @PathVariable int movieId, @Body @Valid RatingRequest request) {
        return ratings.rate(CurrentUser.id(user), movieId, request.rating());
    }

    @Delete("/{movieId}")
    @Operation(summary = "Remove a rating; 404 when the movie is unknown or not rated")
    @ApiResponse(responseCode = "204", description = "The rating is gone")
    @ApiProblems.Forbidden
    @ApiProblems.NotFound
    HttpResponse<Void> remove(Authentication user, @PathVariable int movieId) {
        if (!ratings.remove(CurrentUser.id(user), movieId)) {
            throw ProblemException.notFound("You have not rated movie " + movieId);
        }
        return HttpResponse.noContent();
    }
}
