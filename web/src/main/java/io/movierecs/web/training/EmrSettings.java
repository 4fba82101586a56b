package io.movierecs.web.training;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;

/**
 * The transient EMR cluster a run trains on.
 *
 * @param jobJar      s3:// URI of the shaded emr-job jar
 * @param jobClass    the job's main class
 * @param movielens   s3:// prefix holding MovieLens ratings.csv
 * @param coreSpot    run the core nodes on spot capacity
 * @param idleTimeout the cluster terminates itself after this long without work
 * @param tags        added to the run-id and application tags on the cluster
 */
@ConfigurationProperties("movierecs.training.emr")
public record EmrSettings(
        @Bindable(defaultValue = "emr-7.5.0") @NotBlank String releaseLabel,
        @Bindable(defaultValue = "m5.xlarge") @NotBlank String masterInstanceType,
        @Bindable(defaultValue = "m5.xlarge") @NotBlank String coreInstanceType,
        @Bindable(defaultValue = "2") @Min(1) int coreInstanceCount,
        @Bindable(defaultValue = "false") boolean coreSpot,
        @Nullable String logUri,
        @Bindable(defaultValue = "EMR_DefaultRole") @NotBlank String serviceRole,
        @Bindable(defaultValue = "EMR_EC2_DefaultRole") @NotBlank String instanceProfile,
        @Nullable String jobJar,
        @Bindable(defaultValue = "io.movierecs.job.TrainingJob") @NotBlank String jobClass,
        @Nullable String movielens,
        @Bindable(defaultValue = "1h") @NotNull Duration idleTimeout,
        @Nullable String subnetId,
        @Nullable Map<String, String> tags) {
}
