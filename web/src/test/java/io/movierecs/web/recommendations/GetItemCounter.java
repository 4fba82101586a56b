package io.movierecs.web.recommendations;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/** Counts the GetItem requests the app's DynamoDB client sends. */
@Singleton
@Requires(env = "test")
class GetItemCounter implements ExecutionInterceptor {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (context.request() instanceof GetItemRequest) {
            count.incrementAndGet();
        }
    }

    int count() {
        return count.get();
    }
}
