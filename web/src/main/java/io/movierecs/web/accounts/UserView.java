package io.movierecs.web.accounts;

import io.micronaut.serde.annotation.Serdeable;

/** A user as the API shows them. */
@Serdeable
public record UserView(long id, String email, String displayName) {
}
