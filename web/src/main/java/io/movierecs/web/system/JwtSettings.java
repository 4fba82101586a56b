package io.movierecs.web.system;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * Session tokens.
 *
 * @param secret     the HS256 key, at least 32 characters; required in production, generated elsewhere
 * @param secretFile without a secret, where a generated one is kept so sessions survive a restart
 * @param lifetime   how long a login (token and cookie) lasts; logout ends it sooner
 */
@ConfigurationProperties("movierecs.jwt")
public record JwtSettings(@Nullable String secret, @Nullable String secretFile,
                          @Bindable(defaultValue = "12h") @NotNull Duration lifetime) {
}
