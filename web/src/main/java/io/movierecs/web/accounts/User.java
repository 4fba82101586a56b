package io.movierecs.web.accounts;

import java.time.Instant;

/** A row of {@code users}; the password hash never leaves the accounts package. */
record User(long id, String email, String passwordHash, String displayName, Instant onboardedAt, String role,
            int sessionVersion) {

    UserView view() {
        return new UserView(id, email, displayName);
    }

    SessionState session() {
        return new SessionState(id, email, displayName, role, sessionVersion);
    }
}
