package io.movierecs.web.serving;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * @param poll           how often each instance asks the database which run serves
 * @param loadRetryFirst after a model fails to load, the wait before the second attempt
 * @param loadRetryMax   the wait doubles after each failed attempt up to this
 */
@ConfigurationProperties("movierecs.serving")
public record ServingSettings(
        @Bindable(defaultValue = "30s") @NotNull Duration poll,
        @Bindable(defaultValue = "1s") @NotNull Duration loadRetryFirst,
        @Bindable(defaultValue = "1m") @NotNull Duration loadRetryMax) {
}
