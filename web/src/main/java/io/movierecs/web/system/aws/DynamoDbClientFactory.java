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
    static final Duration CALL_TIMEOUT = Duration.ofMillis(200);
    static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(90);
    private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(80);
    // Bounded by the call timeouts for reads; longer so table creation on an emulator can finish.
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(2);

    @Singleton
    @Bean(preDestroy = "close")
    DynamoDbClient dynamoDbClient(AwsSettings settings, List<ExecutionInterceptor> interceptors) {
        DynamoDbClientBuilder builder = settings.configure(DynamoDbClient.builder())
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(SOCKET_TIMEOUT))
                .overrideConfiguration(o -> {
                    o.apiCallTimeout(CALL_TIMEOUT)
                            .apiCallAttemptTimeout(ATTEMPT_TIMEOUT)
                            .retryStrategy(b -> b.maxAttempts(2));
                    interceptors.forEach(o::addExecutionInterceptor);
                });
        return builder.build();
    }
}
