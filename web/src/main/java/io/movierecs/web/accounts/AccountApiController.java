package io.movierecs.web.accounts;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.movierecs.web.system.ApiAccess;
import io.movierecs.web.system.ApiProblems;
import io.movierecs.web.system.ClientAddresses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;

@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "accounts")
@ApiProblems.BadRequest
@ApiProblems.ServiceUnavailable
class AccountApiController {

    private final AccountService accounts;
    private final SessionTokens tokens;
    private final ClientAddresses clients;

    AccountApiController(AccountService accounts, SessionTokens tokens, ClientAddresses clients) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.clients = clients;
    }

    @Post("/signup")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Create an account; 409 when the email is taken")
    @ApiResponse(responseCode = "201", description = "The new account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    @ApiAccess.Public
    @ApiProblems.Forbidden
    @ApiProblems.Conflict
    @ApiProblems.TooManyRequests
    HttpResponse<UserView> signUp(HttpRequest<?> http, @Body @Valid SignupRequest request) {
        UserView user = accounts.signUp(request, clients.of(http));
        return HttpResponse.created(user, URI.create("/api/me"));
    }

    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Exchange email and password for a bearer token; 429 after repeated failures")
    @ApiAccess.Public
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    @ApiProblems.TooManyRequests
    AccessToken logIn(HttpRequest<?> http, @Body @Valid LoginRequest request) {
        return tokens.issue(accounts.logIn(request, clients.of(http)));
    }

    @Post("/logout")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "End every session of this account: its tokens stop working at once")
    @ApiResponse(responseCode = "204", description = "Every session of the account has ended")
    @ApiAccess.SignedIn
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    HttpResponse<Void> logOut(HttpRequest<?> http, Authentication authentication) {
        accounts.logOut(CurrentUser.id(authentication), clients.of(http));
        return HttpResponse.noContent();
    }

    @Post("/me/password")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Change the password; ends every session and answers a new token for this client")
    @ApiAccess.SignedIn
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    AccessToken changePassword(HttpRequest<?> http, Authentication authentication, @Body @Valid PasswordChange change) {
        return tokens.issue(accounts.changePassword(CurrentUser.id(authentication), change, clients.of(http)));
    }

    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Who the token belongs to")
    @ApiAccess.SignedIn
    @ApiProblems.Unauthorized
    UserView me(Authentication authentication) {
        return new UserView(CurrentUser.id(authentication),
                (String) authentication.getAttributes().get(CurrentUser.EMAIL),
                (String) authentication.getAttributes().get(CurrentUser.DISPLAY_NAME));
    }
}
