package io.movierecs.web.accounts;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
public record SignupRequest(
        @NotBlank(message = "email is required")
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "email must be a valid address like name@example.com")
        @Size(max = 254, message = "email must be at most 254 characters")
        String email,
        @NotBlank(message = "password is required")
        @Size(min = 8, max = 200, message = "password must be 8 to 200 characters long")
        String password,
        @NotBlank(message = "display name is required")
        @Size(max = 60, message = "display name must be at most 60 characters")
        String displayName) {
}
