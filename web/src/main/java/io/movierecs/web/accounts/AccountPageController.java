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
import io.movierecs.web.system.ClientAddresses;
import io.movierecs.web.system.CookieSettings;
import io.movierecs.web.system.LocalRedirect;
import io.movierecs.web.system.PageModel;
import io.movierecs.web.system.PlainText;
import io.movierecs.web.system.ProblemException;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Sign-up, log-in and log-out pages; the session is the same JWT, kept in an HttpOnly cookie.
 * Forms are records checked by the API's rules and shown again with the problems; their CSRF
 * token is checked by {@code CsrfFilter} before they get here.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Hidden
class AccountPageController {

    private final AccountService accounts;
    private final SessionTokens tokens;
    private final CookieSettings cookies;
    private final Validator validator;
    private final ClientAddresses clients;

    AccountPageController(AccountService accounts, SessionTokens tokens, CookieSettings cookies, Validator validator,
                          ClientAddresses clients) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.cookies = cookies;
        this.validator = validator;
        this.clients = clients;
    }

    @Get("/signup")
    ModelAndView<Map<String, Object>> signupForm() {
        return new ModelAndView<>("signup", PageModel.of("email", "", "displayName", "", "errors", List.of()));
    }

    @Post(value = "/signup", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> signUp(HttpRequest<?> request, @Body SignupForm form) {
        SignupRequest signup = form.toRequest();
        List<String> errors = problems(signup, signup.email(), signup.password(), signup.displayName());
        if (errors.isEmpty()) {
            try {
                String client = clients.of(request);
                accounts.signUp(signup, client);
                return signedIn(accounts.logIn(new LoginRequest(signup.email(), signup.password()), client), "/onboarding");
            } catch (ProblemException e) {
                errors = List.of(e.getMessage());
            }
        }
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>("signup",
                PageModel.of("email", shown(signup.email()), "displayName", shown(signup.displayName()), "errors", errors)));
    }

    @Get("/login")
    ModelAndView<Map<String, Object>> loginForm(@Nullable @QueryValue String next) {
        return new ModelAndView<>("login", PageModel.of("email", "", "next", next == null ? "" : safeNext(next), "error", null));
    }

    @Post(value = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> logIn(HttpRequest<?> request, @Body LoginForm form) {
        LoginRequest login = form.toRequest();
        String next = safeNext(form.next());
        List<String> errors = problems(login, login.email(), login.password());
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>("login",
                    PageModel.of("email", shown(login.email()), "next", next, "error", String.join("; ", errors))));
        }
        try {
            Authentication user = accounts.logIn(login, clients.of(request));
            boolean askedForAPage = form.next() != null && !form.next().isBlank();
            if (!askedForAPage && !accounts.isOnboarded(CurrentUser.id(user))) {
                next = "/onboarding";
            }
            return signedIn(user, next);
        } catch (ProblemException e) {
            return HttpResponse.status(e.status()).body(new ModelAndView<>("login",
                    PageModel.of("email", shown(login.email()), "next", next, "error", e.getMessage())));
        }
    }

    /** Ends the session on the server too, so a copied cookie stops working. */
    @Post(value = "/logout", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> logOut(HttpRequest<?> request, @Nullable Authentication user) {
        if (user != null) {
            accounts.logOut(CurrentUser.id(user), clients.of(request));
        }
        return HttpResponse.seeOther(URI.create("/movies"))
                .cookie(cookies.cookie(SessionTokens.COOKIE, "", Duration.ZERO));
    }

    private MutableHttpResponse<?> signedIn(Authentication user, String next) {
        AccessToken token = tokens.issue(user);
        return HttpResponse.seeOther(URI.create(next))
                .cookie(cookies.cookie(SessionTokens.COOKIE, token.accessToken(), tokens.lifetime()));
    }

    private List<String> problems(Object form, String... texts) {
        List<String> errors = new ArrayList<>(validator.validate(form).stream().map(ConstraintViolation::getMessage).toList());
        if (!Stream.of(texts).allMatch(PlainText::isPlain)) {
            errors.add("the form " + PlainText.MESSAGE);
        }
        return errors.stream().sorted().toList();
    }

    private static String safeNext(String next) {
        return LocalRedirect.or(next, "/movies");
    }

    private static String shown(String value) {
        return value == null || !PlainText.isPlain(value) || value.length() > 254 ? "" : value;
    }
}
