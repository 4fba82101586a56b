package io.movierecs.job;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Puts items with BatchWriteItem, 25 a request. Unprocessed items, throttling and transient
 * errors are retried with backoff; whatever is still unwritten after the last attempt fails the
 * write, so nothing is ever lost silently. Puts overwrite, so writing a run again is safe.
 */
final class DynamoDbBatchWriter {
    static final int BATCH_SIZE = 25;

    private final DynamoDbClient client;
    private final String table;
    private final BatchRetry retry;

    DynamoDbBatchWriter(DynamoDbClient client, String table, BatchRetry retry) {
        this.client = client;
        this.table = table;
        this.retry = retry;
    }

    /** @return how many items were written */
    long writeAll(Iterator<Map<String, AttributeValue>> items) {
        long written = 0;
        List<WriteRequest> batch = new ArrayList<>(BATCH_SIZE);
        while (items.hasNext()) {
            batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(items.next()).build()).build());
            if (batch.size() == BATCH_SIZE || !items.hasNext()) {
                writeBatch(batch);
                written += batch.size();
                batch = new ArrayList<>(BATCH_SIZE);
            }
        }
        return written;
    }

    private void writeBatch(List<WriteRequest> batch) {
        List<WriteRequest> pending = batch;
        for (int attempt = 1; ; attempt++) {
            String problem;
            Map<String, List<WriteRequest>> requestItems = Map.of(table, pending);
            try {
                BatchWriteItemResponse response = client.batchWriteItem(request -> request.requestItems(requestItems));
                List<WriteRequest> unprocessed = response.unprocessedItems().getOrDefault(table, List.of());
                if (unprocessed.isEmpty()) {
                    return;
                }
                pending = List.copyOf(unprocessed);
                problem = pending.size() + " unprocessed items";
            } catch (SdkException e) {
                if (!isTransient(e)) {
                    throw new JobFailedException("DynamoDB table " + table + " refused a batch: " + e.getMessage(), e);
                }
                problem = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            if (attempt >= retry.maxAttempts()) {
                throw new JobFailedException(pending.size() + " items still unwritten to DynamoDB table " + table
                        + " after " + attempt + " attempts (last: " + problem + ")");
            }
            sleep(retry.delayAfter(attempt).toMillis());
        }
    }

    private static boolean isTransient(SdkException e) {
        if (e instanceof AwsServiceException service) {
            return service.isThrottlingException() || service.statusCode() >= 500;
        }
        return e instanceof SdkClientException;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobFailedException("interrupted while retrying a DynamoDB batch", e);
        }
    }
}
