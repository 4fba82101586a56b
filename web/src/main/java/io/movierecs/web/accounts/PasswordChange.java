package io.movierecs.web.accounts;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
public record PasswordChange(
        @NotBlank(message = "currentPassword is required")
        @Size(max = SignupRequest.MAX_PASSWORD, message = "currentPassword must be at most 200 characters")
        String currentPassword,
        @NotBlank(message = "newPassword is required")
        @Size(min = 8, max = SignupRequest.MAX_PASSWORD, message = "newPassword must be 8 to 200 characters long")
        String newPassword) {
}
