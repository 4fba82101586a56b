package io.movierecs.web.accounts;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.movierecs.web.system.ProblemException;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Signs people up and checks their passwords; knows who is an admin. */
@Singleton
public class AccountService {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Set<String> adminEmails;

    AccountService(UserRepository users, PasswordHasher hasher, LoginThrottle throttle,
                   @Nullable @Property(name = "movierecs.admins") List<String> admins) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
        this.adminEmails = admins == null ? Set.of()
                : admins.stream().map(AccountService::normalise).collect(Collectors.toUnmodifiableSet());
    }

    public UserView signUp(SignupRequest request) {
        String email = request.email().trim();
        long id = users.insert(email, hasher.hash(request.password()), request.displayName().trim())
                .orElseThrow(() -> new ProblemException(HttpStatus.CONFLICT,
                        "An account with the email " + email + " already exists"));
        return new UserView(id, email, request.displayName().trim());
    }

    /** The signed-in principal, or 401 for a wrong email or password, 429 when slowed down. */
    public Authentication logIn(LoginRequest request) {
        String email = request.email().trim();
        throttle.checkAllowed(email);
        User user = users.findByEmail(email).orElse(null);
        if (user == null) {
            hasher.spendTimeOnDecoy(request.password());
        }
        if (user == null || !hasher.matches(request.password(), user.passwordHash())) {
            throttle.recordFailure(email);
            throw new ProblemException(HttpStatus.UNAUTHORIZED, "Wrong email or password");
        }
        throttle.recordSuccess(email);
        return principal(user);
    }

    public boolean isOnboarded(long userId) {
        return users.findById(userId).map(user -> user.onboardedAt() != null).orElse(false);
    }

    public void markOnboarded(long userId) {
        users.markOnboarded(userId);
    }

    private Authentication principal(User user) {
        List<String> roles = new ArrayList<>(List.of(CurrentUser.ROLE_USER));
        if (adminEmails.contains(normalise(user.email()))) {
            roles.add(CurrentUser.ROLE_ADMIN);
        }
        return Authentication.build(Long.toString(user.id()), roles,
                Map.of(CurrentUser.EMAIL, user.email(), CurrentUser.DISPLAY_NAME, user.displayName()));
    }

    private static String normalise(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
