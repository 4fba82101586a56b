package io.movierecs.web.accounts;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

/** A row of {@code login_failures}: failed logins in a row on one account from one client address. */
@MappedEntity("login_failures")
record LoginFailure(@EmbeddedId Key key, int failures, Instant blockedUntil, Instant updatedAt) {

    @Embeddable
    record Key(@MappedProperty("email") String email, @MappedProperty("client") String client) {
    }
}
