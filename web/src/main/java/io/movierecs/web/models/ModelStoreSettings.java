package io.movierecs.web.models;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;

/**
 * @param bucket       the S3 bucket holding snapshots and models
 * @param createBucket create the bucket at start-up when missing (emulators, LocalStack); never in AWS
 */
@ConfigurationProperties("movierecs.models")
public record ModelStoreSettings(
        @Bindable(defaultValue = "movierecs-models") @NotBlank String bucket,
        @Bindable(defaultValue = "false") boolean createBucket) {
}
