package io.movierecs.web.recommendations;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.movierecs.web.accounts.CurrentUser;
import io.movierecs.web.system.ApiAccess;
import io.movierecs.web.system.ApiProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@Controller("/api/me/recommendations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "recommendations")
class RecommendationApiController {
    private final RecommendationService recommendations;

    RecommendationApiController(RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    @Get
    @Operation(summary = "The signed-in user's recommendations, saying whether they come from the batch, a fold-in or popularity")
    @ApiAccess.SignedIn
    @ApiProblems.BadRequest
    @ApiProblems.Unauthorized
    @ApiProblems.ServiceUnavailable
    RecommendationsResponse recommendations(Authentication authentication,
                                            @QueryValue(defaultValue = "10") @Min(1) @Max(50) int limit) {
        return recommendations.recommend(CurrentUser.id(authentication), limit);
    }
}
