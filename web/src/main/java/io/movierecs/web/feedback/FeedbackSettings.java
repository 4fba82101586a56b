package io.movierecs.web.feedback;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * Online feedback: what each user was shown, kept to compare models by what users did next.
 *
 * @param enabled          record impressions at all (the shares still read what was recorded)
 * @param queueCapacity    lists waiting to be written; when full, a list is dropped and counted, the
 *                         request never waits
 * @param flushInterval    how often the waiting lists are written, in one multi-row INSERT per
 *                         {@code rowsPerInsert} rows
 * @param rowsPerInsert    rows per INSERT statement (PostgreSQL allows 65535 parameters, seven a row)
 * @param rememberedUsers  users whose last recorded list is remembered, so showing it again the
 *                         same day costs no write
 * @param retention        impressions older than this are deleted
 * @param expiryInterval   how often the expired impressions are deleted
 * @param outcomeWindow    how long after an impression a rating or a hide counts as its outcome
 */
@ConfigurationProperties("movierecs.feedback")
public record FeedbackSettings(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "10000") @Min(1) int queueCapacity,
        @Bindable(defaultValue = "1s") @NotNull Duration flushInterval,
        @Bindable(defaultValue = "1000") @Min(1) int rowsPerInsert,
        @Bindable(defaultValue = "100000") @Min(0) int rememberedUsers,
        @Bindable(defaultValue = "30d") @NotNull Duration retention,
        @Bindable(defaultValue = "1h") @NotNull Duration expiryInterval,
        @Bindable(defaultValue = "7d") @NotNull Duration outcomeWindow) {
}
