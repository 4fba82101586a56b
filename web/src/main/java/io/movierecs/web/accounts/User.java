package io.movierecs.web.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code users}; the password hash never leaves the accounts package. */
@MappedEntity("users")
record User(@Id @GeneratedValue long id, String email, String passwordHash, String displayName,
            @Nullable Instant onboardedAt, String role, int sessionVersion) {

    UserView view() {
        return new UserView(id, email, displayName);
    }

    SessionState session() {
        return new SessionState(id, email, displayName, role, sessionVersion);
    }
}
