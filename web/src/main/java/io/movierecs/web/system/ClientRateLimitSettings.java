package io.movierecs.web.system;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/** How many anonymous POSTs (log-in, sign-up) one client address may send in a window. */
@ConfigurationProperties("movierecs.client-limit")
public interface ClientRateLimitSettings {

    @Bindable(defaultValue = "30")
    @Min(1)
    int getRequests();

    @Bindable(defaultValue = "5m")
    @NotNull
    Duration getWindow();
}
