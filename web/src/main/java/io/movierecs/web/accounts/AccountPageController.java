package io.movierecs.web.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.movierecs.web.system.CookieSettings;
import io.movierecs.web.system.CsrfTokens;
import io.movierecs.web.system.PageModel;
import io.movierecs.web.system.ProblemException;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Sign-up, log-in and log-out pages; the session is the same JWT, kept in an HttpOnly cookie. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Hidden
class AccountPageController {

    private final AccountService accounts;
    private final SessionTokens tokens;
    private final CsrfTokens csrf;
    private final CookieSettings cookies;
    private final Validator validator;

    AccountPageController(AccountService accounts, SessionTokens tokens, CsrfTokens csrf,
                          CookieSettings cookies, Validator validator) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.csrf = csrf;
        this.cookies = cookies;
        this.validator = validator;
    }

    @Get("/signup")
    ModelAndView<Map<String, Object>> signupForm() {
        return new ModelAndView<>("signup", PageModel.of("email", "", "displayName", "", "errors", List.of()));
    }

    @Post(value = "/signup", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> signUp(HttpRequest<?> request, @Body Map<String, String> form) {
        csrf.verify(request, form.get(CsrfTokens.FIELD));
        SignupRequest signup = new SignupRequest(form.get("email"), form.get("password"), form.get("displayName"));
        List<String> errors = validator.validate(signup).stream().map(ConstraintViolation::getMessage).sorted().toList();
        if (errors.isEmpty()) {
            try {
                accounts.signUp(signup);
                return signedIn(accounts.logIn(new LoginRequest(signup.email(), signup.password())), "/onboarding");
            } catch (ProblemException e) {
                errors = List.of(e.getMessage());
            }
        }
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>("signup",
                PageModel.of("email", nullToEmpty(signup.email()), "displayName", nullToEmpty(signup.displayName()),
                        "errors", errors)));
    }

    @Get("/login")
    ModelAndView<Map<String, Object>> loginForm(@Nullable @QueryValue String next) {
        return new ModelAndView<>("login", PageModel.of("email", "", "next", next == null ? "" : safeNext(next), "error", null));
    }

    @Post(value = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> logIn(HttpRequest<?> request, @Body Map<String, String> form) {
        csrf.verify(request, form.get(CsrfTokens.FIELD));
        String email = nullToEmpty(form.get("email"));
        String next = safeNext(form.get("next"));
        try {
            Authentication user = accounts.logIn(new LoginRequest(email, nullToEmpty(form.get("password"))));
            boolean askedForAPage = form.get("next") != null && !form.get("next").isBlank();
            if (!askedForAPage && !accounts.isOnboarded(CurrentUser.id(user))) {
                next = "/onboarding";
            }
            return signedIn(user, next);
        } catch (ProblemException e) {
            return HttpResponse.status(e.status()).body(new ModelAndView<>("login",
                    PageModel.of("email", email, "next", next, "error", e.getMessage())));
        }
    }

    @Post(value = "/logout", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_ANONYMOUS)
    MutableHttpResponse<?> logOut(HttpRequest<?> request, @Body Map<String, String> form) {
        csrf.verify(request, form.get(CsrfTokens.FIELD));
        return HttpResponse.seeOther(URI.create("/movies"))
                .cookie(cookies.cookie(SessionTokens.COOKIE, "", Duration.ZERO));
    }

    private MutableHttpResponse<?> signedIn(Authentication user, String next) {
        AccessToken token = tokens.issue(user);
        return HttpResponse.seeOther(URI.create(next))
                .cookie(cookies.cookie(SessionTokens.COOKIE, token.accessToken(), tokens.lifetime()));
    }

    // Only paths on this site, so a crafted link cannot send people elsewhere after logging in.
    private static String safeNext(String next) {
        boolean local = next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\");
        return local ? next : "/movies";
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
