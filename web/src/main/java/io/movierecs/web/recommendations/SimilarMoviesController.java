package io.movierecs.web.recommendations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
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
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@Controller("/api/movies")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "movies")
class SimilarMoviesController {
    private final RecommendationService recommendations;

    SimilarMoviesController(RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    /** 404 when the movie is not in the catalogue; movies hidden by the signed-in user are left out. */
    @Get("/{movieId}/similar")
    @Operation(summary = "Movies like this one, by the served model; without the signed-in user's hidden movies")
    @ApiAccess.SignedInOrNot
    @ApiProblems.BadRequest
    @ApiProblems.NotFound
    @ApiProblems.ServiceUnavailable
    SimilarMoviesResponse similar(@PathVariable int movieId, @Nullable Authentication authentication,
                                            @QueryValue(defaultValue = "10") @Min(1) @Max(50) int limit) {
        Long userId = authentication == null ? null : CurrentUser.id(authentication);
        return recommendations.similar(movieId, limit, userId)
                .orElseThrow(() -> ProblemException.notFound("There is no movie with id " + movieId));
    }
}
