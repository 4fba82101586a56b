package io.movierecs.web.system.aws;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;

/**
 * Where the AWS clients go, and how long they may take. Where they go is optional: unset, the SDK's
 * own chain decides (AWS_ENDPOINT_URL, AWS_REGION, instance metadata), which is what runs in AWS.
 *
 * @param endpoint         endpoint override for every AWS client (LocalStack)
 * @param s3Endpoint       endpoint override for S3 alone (the in-JVM emulator listens on its own port)
 * @param dynamodbEndpoint endpoint override for DynamoDB alone (DynamoDB Local)
 * @param region           the AWS region
 * @param dynamodbTimeout  the most a DynamoDB read may cost a request, both attempts together
 * @param emrTimeout       the most one EMR call may take (the SDK retries none)
 */
@ConfigurationProperties("movierecs.aws")
public record AwsSettings(@Nullable URI endpoint, @Nullable URI s3Endpoint, @Nullable URI dynamodbEndpoint,
                          @Nullable String region,
                          @Bindable(defaultValue = "200ms") @NotNull Duration dynamodbTimeout,
                          @Bindable(defaultValue = "30s") @NotNull Duration emrTimeout) {

    public Optional<URI> s3EndpointOverride() {
        return Optional.ofNullable(s3Endpoint).or(() -> Optional.ofNullable(endpoint));
    }

    public Optional<URI> dynamoDbEndpointOverride() {
        return Optional.ofNullable(dynamodbEndpoint).or(() -> Optional.ofNullable(endpoint));
    }

    public Optional<URI> endpointOverride() {
        return Optional.ofNullable(endpoint);
    }

    public Optional<Region> configuredRegion() {
        return Optional.ofNullable(region).filter(r -> !r.isBlank()).map(Region::of);
    }

    /** Applies an endpoint override, when there is one, and the region, when set, to an SDK client builder. */
    public <B extends AwsClientBuilder<B, ?>> B configure(B builder, Optional<URI> endpointOverride) {
        endpointOverride.ifPresent(builder::endpointOverride);
        configuredRegion().ifPresent(builder::region);
        return builder;
    }
}
