package io.movierecs.web.accounts;

import io.micronaut.http.HttpRequest;
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
import io.movierecs.web.system.ClientAddresses;
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
    private final ClientAddresses clients;

    AccountApiController(AccountService accounts, SessionTokens tokens, ClientAddresses clients) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.clients = clients;
    }

    @Post("/signup")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Create an account; 409 when the email is taken")
    HttpResponse<UserView> signUp(HttpRequest<?> http, @Body @Valid SignupRequest request) {
        UserView user = accounts.signUp(request, clients.of(http));
        return HttpResponse.created(user, URI.create("/api/me"));
    }

    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Exchange email and password for a bearer token; 429 after repeated failures")
    AccessToken logIn(HttpRequest<?> http, @Body @Valid LoginRequest request) {
        return tokens.issue(accounts.logIn(request, clients.of(http)));
    }

    @Post("/logout")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "End every session of this account: its tokens stop working at once")
    @SecurityRequirement(name = "bearer")
    HttpResponse<Void> logOut(HttpRequest<?> http, Authentication authentication) {
        accounts.logOut(CurrentUser.id(authentication), clients.of(http));
        return HttpResponse.noContent();
    }

    @Post("/me/password")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Change the password; ends every session and answers a new token for this client")
    @SecurityRequirement(name = "bearer")
    AccessToken changePassword(HttpRequest<?> http, Authentication authentication, @Body @Valid PasswordChange change) {
        return tokens.issue(accounts.changePassword(CurrentUser.id(authentication), change, clients.of(http)));
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
