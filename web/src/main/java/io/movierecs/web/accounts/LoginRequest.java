package io.movierecs.web.accounts;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Bounded as sign-up bounds them: nothing longer can belong to an account. */
@Serdeable
public record LoginRequest(
        @NotBlank(message = "email is required")
        @Size(max = SignupRequest.MAX_EMAIL, message = "email must be at most 254 characters")
        String email,
        @NotBlank(message = "password is required")
        @Size(max = SignupRequest.MAX_PASSWORD, message = "password must be at most 200 characters")
        String password) {
}
