package io.movierecs.web.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The sign-up page's form; checked by the same rules as the API's {@link SignupRequest}. */
@Serdeable
record SignupForm(@Nullable String email, @Nullable String password, @Nullable String displayName) {

    SignupRequest toRequest() {
        return new SignupRequest(email, password, displayName);
    }
}
