package io.movierecs.web.training;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * The reconciler's passes over the runs in flight. Whether it runs at all is
 * {@code movierecs.training.reconciler.enabled} (default true), read by {@link ReconcilerSchedule}'s
 * {@code @Requires}, since it decides whether that bean exists.
 *
 * @param interval the wait between two passes
 */
@ConfigurationProperties("movierecs.training.reconciler")
public record ReconcilerSettings(@Bindable(defaultValue = "20s") @NotNull Duration interval) {
}
