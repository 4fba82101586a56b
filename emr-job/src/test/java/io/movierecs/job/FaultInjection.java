package io.movierecs.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * SDK interceptors that make DynamoDB Local behave like a busy table: some calls are throttled
 * before they reach it, and some items are held back and reported as unprocessed, as DynamoDB
 * does under load. Counters are static because Spark builds the clients on its executors.
 */
final class FaultInjection {
    static final AtomicInteger THROTTLED = new AtomicInteger();
    static final AtomicInteger HELD_BACK = new AtomicInteger();
    private static final ExecutionAttribute<List<WriteRequest>> WITHHELD = new ExecutionAttribute<>("withheld");

    private FaultInjection() {
    }

    static void reset() {
        THROTTLED.set(0);
        HELD_BACK.set(0);
    }

    /** Throttles every {@code period}-th call, never letting it reach the table. */
    static ExecutionInterceptor throttleEvery(int period) {
        AtomicInteger calls = new AtomicInteger();
        return new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                if (calls.incrementAndGet() % period == 0) {
                    THROTTLED.incrementAndGet();
                    throw ProvisionedThroughputExceededException.builder().statusCode(400)
                            .message("injected throttling")
                            .awsErrorDetails(AwsErrorDetails.builder().errorCode("ProvisionedThroughputExceededException")
                                    .errorMessage("injected throttling").serviceName("DynamoDb").build())
                            .build();
                }
            }
        };
    }

    /**
     * Holds back the second half of each batch (all of it when {@code everything}) and hands it
     * back as unprocessed items.
     */
    static ExecutionInterceptor holdBack(boolean everything) {
        return new ExecutionInterceptor() {
            @Override
            public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
                if (!(context.request() instanceof BatchWriteItemRequest request)) {
                    return context.request();
                }
                Map.Entry<String, List<WriteRequest>> table = request.requestItems().entrySet().iterator().next();
                List<WriteRequest> writes = table.getValue();
                int keep = everything ? 0 : (writes.size() + 1) / 2;
                if (keep == writes.size() || (!everything && writes.size() < 2)) {
                    return request;
                }
                attributes.putAttribute(WITHHELD, new ArrayList<>(writes.subList(keep, writes.size())));
                HELD_BACK.addAndGet(writes.size() - keep);
                if (keep == 0) {
                    // DynamoDB refuses an empty batch, so send one item that is also reported back.
                    keep = 1;
                    attributes.putAttribute(WITHHELD, new ArrayList<>(writes));
                }
                return request.toBuilder().requestItems(Map.of(table.getKey(), writes.subList(0, keep))).build();
            }

            @Override
            public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
                List<WriteRequest> withheld = attributes.getAttribute(WITHHELD);
                if (withheld == null || !(context.response() instanceof BatchWriteItemResponse response)
                        || !(context.request() instanceof BatchWriteItemRequest request)) {
                    return context.response();
                }
                String table = request.requestItems().keySet().iterator().next();
                return response.toBuilder().unprocessedItems(Map.of(table, withheld)).build();
            }
        };
    }
}
