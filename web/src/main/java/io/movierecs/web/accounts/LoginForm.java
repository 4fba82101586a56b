package io.movierecs.web.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The log-in page's form; {@code next} is the page to return to. */
@Serdeable
record LoginForm(@Nullable String email, @Nullable String password, @Nullable String next) {

    LoginRequest toRequest() {
        return new LoginRequest(email == null ? "" : email, password == null ? "" : password);
    }
}
