package io.movierecs.web.system;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;

/**
 * The load balancer's check: answers as long as the app serves requests, touching nothing else,
 * so a blink of S3, DynamoDB or the database never takes every instance out of service at once.
 * The detailed view of each part ({@code /admin/health}) is for admins only.
 */
@Controller("/health")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "system")
class LivenessController {

    private static final Map<String, String> UP = Map.of("status", "UP");

    @Get
    @Operation(summary = "Liveness: UP while the app serves; details for admins at /admin/health")
    @ApiAccess.Public
    @ApiProblems.BadRequest
    Map<String, String> live() {
        return UP;
    }
}
