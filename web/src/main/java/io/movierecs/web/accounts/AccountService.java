package io.movierecs.web.accounts;

import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.movierecs.web.system.ProblemException;
import io.movierecs.web.system.SecurityLog;
import jakarta.inject.Singleton;

/** Signs people up, checks their passwords and ends their sessions. */
@Singleton
public class AccountService {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final AccountSessions sessions;
    private final SecurityLog securityLog;
    private final AccountMetrics metrics;

    AccountService(UserRepository users, PasswordHasher hasher, LoginThrottle throttle, AccountSessions sessions,
                   SecurityLog securityLog, AccountMetrics metrics) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
        this.sessions = sessions;
        this.securityLog = securityLog;
        this.metrics = metrics;
    }

    public UserView signUp(SignupRequest request, String client) {
        String email = request.email().trim();
        String displayName = request.displayName().trim();
        if (users.insert(email, hasher.hash(request.password()), displayName) == 0) {
            metrics.signupRejected();
            throw new ProblemException(HttpStatus.CONFLICT, "An account with the email " + email + " already exists");
        }
        long id = users.findByEmail(email).orElseThrow().id();
        metrics.signedUp();
        securityLog.signedUp(id, client);
        return new UserView(id, email, displayName);
    }

    /** The signed-in principal, or 401 for a wrong email or password, 429 when slowed down. */
    public Authentication logIn(LoginRequest request, String client) {
        String email = request.email().trim();
        User user = users.findByEmail(email).orElse(null);
        Long userId = user == null ? null : user.id();
        try {
            throttle.reserveAttempt(email, client);
        } catch (ProblemException e) {
            securityLog.throttled("login", userId, client);
            metrics.loginThrottled();
            throw e;
        }
        if (user == null) {
            hasher.spendTimeOnDecoy(request.password());
        }
        if (user == null || !hasher.matches(request.password(), user.passwordHash())) {
            securityLog.loginFailed(userId, client);
            metrics.loginFailed();
            throw new ProblemException(HttpStatus.UNAUTHORIZED, "Wrong email or password");
        }
        throttle.succeeded(email, client);
        securityLog.loginSucceeded(user.id(), client);
        metrics.loggedIn();
        return SessionAuthenticationFactory.authentication(user.session());
    }

    /** Ends every session of the user (each device's token), as logging out does. */
    public void logOut(long userId, String client) {
        sessions.endAll(userId);
        securityLog.sessionsEnded(userId, "logout", client);
    }

    /** Sets a new password and ends every session; returns the principal for a fresh token. */
    public Authentication changePassword(long userId, PasswordChange change, String client) {
        User user = users.findById(userId).orElseThrow(() -> new ProblemException(HttpStatus.UNAUTHORIZED,
                "The account no longer exists"));
        if (!hasher.matches(change.currentPassword(), user.passwordHash())) {
            securityLog.loginFailed(userId, client);
            throw new ProblemException(HttpStatus.FORBIDDEN, "The current password is wrong");
        }
        users.changePassword(userId, hasher.hash(change.newPassword()));
        sessions.forget(userId);
        securityLog.sessionsEnded(userId, "password-change", client);
        return SessionAuthenticationFactory.authentication(users.findById(userId).orElseThrow().session());
    }

    public boolean isOnboarded(long userId) {
        return users.findById(userId).map(user -> user.onboardedAt() != null).orElse(false);
    }

    public void markOnboarded(long userId) {
        users.markOnboarded(userId);
    }
}
