package io.movierecs.web.system.aws;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.emr.EmrClient;

/**
 * The EMR client. Every call has a time limit: the training reconciler asks EMR while it holds its
 * lock, and a call that never returned would hold it for good. The SDK retries nothing: RunJobFlow
 * has no idempotency token, so retrying one whose answer was lost would start a second cluster,
 * and every other call is asked again by the reconciler's next pass anyway.
 */
@Factory
public class EmrClientFactory {

    @Singleton
    @Bean(preDestroy = "close")
    EmrClient emrClient(AwsSettings settings) {
        return settings.configure(EmrClient.builder(), settings.endpointOverride())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(o -> o.apiCallTimeout(settings.emrTimeout()).retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }
}
