package io.movierecs.web.training;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * @param apiKey          the key EventBridge sends in X-Api-Key; unset, only admins reach /internal
 * @param timeLimit       a launched run still unfinished after this is failed and its job stopped
 * @param exportTimeLimit a run still exporting after this is failed
 * @param exportHeartbeat a run whose exporting instance gave no sign of life for this long is taken
 *                        over: its job adopted if it was launched, otherwise the run is failed
 * @param gateTolerance   how much lower than the active model's NDCG@10 a new model may score
 * @param schedule        local stand-in for EventBridge: a cron expression or a fixed delay such as 6h
 */
@ConfigurationProperties("movierecs.training")
public record TrainingSettings(
        @Nullable String apiKey,
        @Bindable(defaultValue = "3h") @NotNull Duration timeLimit,
        @Bindable(defaultValue = "30m") @NotNull Duration exportTimeLimit,
        @Bindable(defaultValue = "1m") @NotNull Duration exportHeartbeat,
        @Bindable(defaultValue = "0.01") @DecimalMin("0") double gateTolerance,
        @Nullable String schedule) {
}
