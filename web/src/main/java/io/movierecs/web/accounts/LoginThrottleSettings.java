package io.movierecs.web.accounts;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

@ConfigurationProperties("movierecs.login-throttle")
interface LoginThrottleSettings {

    /** Failed logins in a row allowed before attempts are slowed down. */
    @Bindable(defaultValue = "5")
    @Min(1)
    int getFreeAttempts();

    @Bindable(defaultValue = "30s")
    @NotNull
    Duration getBaseDelay();

    @Bindable(defaultValue = "15m")
    @NotNull
    Duration getMaxDelay();
}
