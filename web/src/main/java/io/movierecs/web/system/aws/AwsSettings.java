package io.movierecs.web.system.aws;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;

/**
 * Where the AWS clients go. Every setting is optional: unset, the SDK's own chain decides
 * (AWS_ENDPOINT_URL, AWS_REGION, instance metadata), which is what runs in AWS.
 *
 * @param endpoint         endpoint override for every AWS client (LocalStack)
 * @param s3Endpoint       endpoint override for S3 alone (the in-JVM emulator listens on its own port)
 * @param dynamodbEndpoint endpoint override for DynamoDB alone (DynamoDB Local)
 * @param region           the AWS region
 */
@ConfigurationProperties("movierecs.aws")
public record AwsSettings(@Nullable URI endpoint, @Nullable URI s3Endpoint, @Nullable URI dynamodbEndpoint,
                          @Nullable String region) {

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
