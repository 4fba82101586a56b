package io.movierecs.job;

import io.movierecs.contracts.RecommendationItemCodec;
import java.io.Serializable;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code --recs-table}: every partition writes its users' items from its executor in parallel,
 * each under the user and this run's id with its expiry, beside the lists of earlier runs.
 */
final class DynamoDbSink implements RecommendationSink {

    /** Builds the client on each executor; tests pass one that injects faults. */
    interface ClientFactory extends Serializable {
        DynamoDbClient create();
    }

    private final String table;
    private final ClientFactory clients;
    private final BatchRetry retry;

    DynamoDbSink(String table, ClientFactory clients, BatchRetry retry) {
        this.table = table;
        this.clients = clients;
        this.retry = retry;
    }

    @Override
    public long write(Dataset<Row> recommendations, String runId, String generatedAt) {
        LongAccumulator written = recommendations.sparkSession().sparkContext().longAccumulator("dynamodb-items");
        String tableName = table;
        ClientFactory factory = clients;
        BatchRetry policy = retry;
        try {
            recommendations.toJavaRDD().foreachPartition((Iterator<Row> rows) -> {
                Iterable<Row> partition = () -> rows;
                Iterator<Map<String, AttributeValue>> items = StreamSupport.stream(partition.spliterator(), false)
                        .map(row -> RecommendationItemCodec.toItem(RecommendationSink.toList(row, runId, generatedAt)))
                        .iterator();
                try (DynamoDbClient client = factory.create()) {
                    written.add(new DynamoDbBatchWriter(client, tableName, policy).writeAll(items));
                }
            });
        } catch (Exception e) {
            // Spark rethrows a task's failure as a SparkException, checked though undeclared.
            throw new JobFailedException("writing recommendations to DynamoDB table " + table + " failed: "
                    + reason(e), e);
        }
        return written.value();
    }

    @Override
    public String describe() {
        return "DynamoDB table " + table;
    }

    /** The writer's own message when a task failed with it, else the first line of Spark's. */
    private static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JobFailedException) {
                return cause.getMessage();
            }
        }
        return String.valueOf(failure.getMessage()).lines().findFirst().orElse("");
    }
}
