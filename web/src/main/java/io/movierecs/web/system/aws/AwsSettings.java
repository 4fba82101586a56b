package io.movierecs.web.system.aws;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;

/**
 * Where the AWS clients go. Both settings are optional: unset, the SDK's own chain decides
 * (AWS_ENDPOINT_URL, AWS_REGION, instance metadata), which is what runs in AWS.
 *
 * @param endpoint endpoint override for every AWS client (LocalStack, an in-JVM emulator)
 * @param region   the AWS region
 */
@ConfigurationProperties("movierecs.aws")
public record AwsSettings(@Nullable URI endpoint, @Nullable String region) {

    public Optional<URI> endpointOverride() {
        return Optional.ofNullable(endpoint);
    }

    public Optional<Region> configuredRegion() {
        return Optional.ofNullable(region).filter(r -> !r.isBlank()).map(Region::of);
    }

    /** Applies the endpoint override and the region, when set, to any SDK client builder. */
    public <B extends AwsClientBuilder<B, ?>> B configure(B builder) {
        endpointOverride().ifPresent(builder::endpointOverride);
        configuredRegion().ifPresent(builder::region);
        return builder;
    }
}
