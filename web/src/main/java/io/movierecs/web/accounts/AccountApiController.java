package io.movierecs.web.accounts;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;

@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "accounts")
class AccountApiController {

    private final AccountService accounts;
    private final SessionTokens tokens;

    AccountApiController(AccountService accounts, SessionTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @Post("/signup")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Create an account; 409 when the email is taken")
    HttpResponse<UserView> signUp(@Body @Valid SignupRequest request) {
        UserView user = accounts.signUp(request);
        return HttpResponse.created(user, URI.create("/api/me"));
    }

    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Exchange email and password for a bearer token; 429 after repeated failures")
    AccessToken logIn(@Body @Valid LoginRequest request) {
        return tokens.issue(accounts.logIn(request));
    }

    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Who the token belongs to")
    @SecurityRequirement(name = "bearer")
    UserView me(Authentication authentication) {
        return new UserView(CurrentUser.id(authentication),
                (String) authentication.getAttributes().get(CurrentUser.EMAIL),
                (String) authentication.getAttributes().get(CurrentUser.DISPLAY_NAME));
    }
}
