package io.movierecs.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.movierecs.contracts.RecommendationItemCodec;
import io.movierecs.contracts.RecommendationList;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The batch writer against DynamoDB Local, with throttling and unprocessed items injected. */
class DynamoDbBatchWriterTest {
    private static final BatchRetry QUICK = new BatchRetry(12, Duration.ofMillis(1), Duration.ofMillis(20));
    private static LocalAwsProcess aws;
    private String table;

    @BeforeAll
    static void startDynamoDb() throws Exception {
        aws = LocalAwsProcess.start();
    }

    @AfterAll
    static void stopDynamoDb() throws Exception {
        aws.close();
    }

    @BeforeEach
    void createTable() {
        table = "recs-" + UUID.randomUUID();
        aws.createTable(table);
        FaultInjection.reset();
    }

    @Test
    void writesEveryItemInBatchesOfTwentyFive() {
        assertThat(write(60, null)).isEqualTo(60);

        assertThat(storedUserIds()).hasSize(60);
    }

    @Test
    void unprocessedItemsAreRetriedUntilAllAreWritten() {
        long written = write(60, FaultInjection.holdBack(false));

        assertThat(FaultInjection.HELD_BACK.get()).isPositive();
        assertThat(written).isEqualTo(60);
        assertThat(storedUserIds()).hasSize(60);
    }

    @Test
    void throttledRequestsAreRetriedUntilAllAreWritten() {
        long written = write(100, FaultInjection.throttleEvery(2));

        assertThat(FaultInjection.THROTTLED.get()).isGreaterThanOrEqualTo(2);
        assertThat(written).isEqualTo(100);
        assertThat(storedUserIds()).hasSize(100);
    }

    @Test
    void itemsStillUnprocessedAfterTheLastAttemptFailTheWrite() {
        assertThatThrownBy(() -> write(30, FaultInjection.holdBack(true)))
                .isInstanceOf(JobFailedException.class)
                .hasMessageContaining("items still unwritten to DynamoDB table " + table)
                .hasMessageContaining("after 12 attempts");
    }

    @Test
    void aMissingTableFailsAtOnce() {
        table = "no-such-table";

        assertThatThrownBy(() -> write(3, null))
                .isInstanceOf(JobFailedException.class).hasMessageContaining("refused a batch");
    }

    private long write(int users, ExecutionInterceptor fault) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (long userId = 1; userId <= users; userId++) {
            items.add(RecommendationItemCodec.toItem(new RecommendationList(userId, "run-1", "2026-01-01T00:00:00Z",
                    List.of(new RecommendationList.Scored(260, 0.9)))));
        }
        try (DynamoDbClient client = aws.dynamoDbBuilder()
                .overrideConfiguration(c -> {
                    // The writer's own retries are under test, not the SDK's.
                    c.retryStrategy(AwsRetryStrategy.doNotRetry());
                    if (fault != null) {
                        c.addExecutionInterceptor(fault);
                    }
                }).build()) {
            return new DynamoDbBatchWriter(client, table, QUICK).writeAll(items.iterator());
        }
    }

    private List<Long> storedUserIds() {
        try (DynamoDbClient client = aws.dynamoDbBuilder().build()) {
            return client.scanPaginator(request -> request.tableName(table)).items().stream()
                    .map(item -> RecommendationItemCodec.fromItem(item).userId()).toList();
        }
    }
}
