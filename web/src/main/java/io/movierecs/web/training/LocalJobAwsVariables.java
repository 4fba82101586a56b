package io.movierecs.web.training;

import io.movierecs.web.system.aws.AwsSettings;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/** The AWS settings the app itself uses, as environment variables, so a local job reaches the same emulator. */
@Singleton
class LocalJobAwsVariables {
    private final AwsSettings aws;

    LocalJobAwsVariables(AwsSettings aws) {
        this.aws = aws;
    }

    Map<String, String> variables() {
        Map<String, String> env = new HashMap<>();
        aws.endpointOverride().ifPresent(endpoint -> env.put("AWS_ENDPOINT_URL", endpoint.toString()));
        aws.s3EndpointOverride().ifPresent(endpoint -> env.put("AWS_ENDPOINT_URL_S3", endpoint.toString()));
        aws.dynamoDbEndpointOverride().ifPresent(endpoint -> env.put("AWS_ENDPOINT_URL_DYNAMODB", endpoint.toString()));
        env.put("AWS_REGION", aws.configuredRegion().orElseGet(() -> new DefaultAwsRegionProviderChain().getRegion()).id());
        try (DefaultCredentialsProvider provider = DefaultCredentialsProvider.builder().build()) {
            AwsCredentials credentials = provider.resolveCredentials();
            env.put("AWS_ACCESS_KEY_ID", credentials.accessKeyId());
            env.put("AWS_SECRET_ACCESS_KEY", credentials.secretAccessKey());
            if (credentials instanceof AwsSessionCredentials session) {
                env.put("AWS_SESSION_TOKEN", session.sessionToken());
            }
        }
        return env;
    }
}
