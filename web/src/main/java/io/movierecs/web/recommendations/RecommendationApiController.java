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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@Controller("/api/me/recommendations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class RecommendationApiController {
    private final RecommendationService recommendations;

    RecommendationApiController(RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    @Get
    RecommendationsResponse recommendations(Authentication authentication,
                                            @QueryValue(defaultValue = "10") @Min(1) @Max(50) int limit) {
        return recommendations.recommend(CurrentUser.id(authentication), limit);
    }
}
