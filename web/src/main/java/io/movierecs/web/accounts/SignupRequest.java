package io.movierecs.web.accounts;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
public record SignupRequest(
        @NotBlank(message = "email is required")
        @Email(regexp = "[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+",
                message = "email must be a valid address like name@example.com")
        @Size(max = MAX_EMAIL, message = "email must be at most 254 characters")
        String email,
        @NotBlank(message = "password is required")
        @Size(min = 8, max = MAX_PASSWORD, message = "password must be 8 to 200 characters long")
        String password,
        @NotBlank(message = "display name is required")
        @Size(max = 60, message = "display name must be at most 60 characters")
        String displayName) {

    static final int MAX_EMAIL = 254;
    static final int MAX_PASSWORD = 200;
}
