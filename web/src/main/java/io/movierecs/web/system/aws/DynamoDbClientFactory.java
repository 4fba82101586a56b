package io.movierecs.web.system.aws;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * The DynamoDB client, with timeouts tight enough that a slow or absent store costs a request at
 * most about 200 ms: the caller then answers from fold-in or popular instead. Execution interceptor
 * beans (tracing, request counting) are attached.
 */
@Factory
public class DynamoDbClientFactory {
    // The call timeouts bound every request; these only have to let slow start-up calls finish
    // (table creation on an emulator whose JVM is still cold).
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(10);

    @Singleton
    @Bean(preDestroy = "close")
    DynamoDbClient dynamoDbClient(AwsSettings settings, List<ExecutionInterceptor> interceptors) {
        Duration callTimeout = settings.dynamodbTimeout();
        DynamoDbClientBuilder builder = settings.configure(DynamoDbClient.builder(), settings.dynamoDbEndpointOverride())
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(SOCKET_TIMEOUT))
                .overrideConfiguration(o -> {
                    // Two attempts fit in the budget: one slow node or a dropped connection is retried.
                    o.apiCallTimeout(callTimeout)
                            .apiCallAttemptTimeout(callTimeout.dividedBy(2))
                            .retryStrategy(b -> b.maxAttempts(2));
                    interceptors.forEach(o::addExecutionInterceptor);
                });
        return builder.build();
    }
}
