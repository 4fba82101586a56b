package io.movierecs.web.recommendations;

import static io.movierecs.contracts.RecommendationItemAttributes.PARTITION_KEY;
import static io.movierecs.contracts.RecommendationItemAttributes.SORT_KEY;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * Creates the recommendations table on emulators, before the app serves; in AWS the CDK stack owns
 * it. A table left by an older version, keyed by user alone, is replaced: its lists cannot be read
 * by run, and the next training run writes them again.
 */
@Context
@Requires(property = "movierecs.recommendations.create-table", value = "true")
class RecommendationTableCreator {
    private static final Logger LOG = LoggerFactory.getLogger(RecommendationTableCreator.class);

    // Start-up is not a user request: the client's 200 ms budget does not apply.
    private static final Consumer<AwsRequestOverrideConfiguration.Builder> SLOW_OK = o -> o
            .apiCallTimeout(Duration.ofSeconds(10)).apiCallAttemptTimeout(Duration.ofSeconds(5));
    static final List<KeySchemaElement> KEY = List.of(
            KeySchemaElement.builder().attributeName(PARTITION_KEY).keyType(KeyType.HASH).build(),
            KeySchemaElement.builder().attributeName(SORT_KEY).keyType(KeyType.RANGE).build());

    private final DynamoDbClient dynamoDb;
    private final String table;

    RecommendationTableCreator(DynamoDbClient dynamoDb, RecommendationSettings settings) {
        this.dynamoDb = dynamoDb;
        this.table = settings.getTable();
        createIfMissing();
    }

    private void createIfMissing() {
        try {
            TableDescription existing = dynamoDb.describeTable(b -> b.tableName(table).overrideConfiguration(SLOW_OK)).table();
            if (existing.keySchema().equals(KEY)) {
                return;
            }
            LOG.warn("DynamoDB table {} is keyed by {}, not by user and run: replacing it (the next training run"
                    + " writes the lists again)", table, existing.keySchema());
            dynamoDb.deleteTable(b -> b.tableName(table).overrideConfiguration(SLOW_OK));
            dynamoDb.waiter().waitUntilTableNotExists(b -> b.tableName(table).overrideConfiguration(SLOW_OK));
        } catch (ResourceNotFoundException missing) {
            LOG.info("Creating DynamoDB table {}", table);
        }
        try {
            dynamoDb.createTable(b -> b.tableName(table).overrideConfiguration(SLOW_OK)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .keySchema(KEY)
                    .attributeDefinitions(
                            a -> a.attributeName(PARTITION_KEY).attributeType(ScalarAttributeType.N),
                            a -> a.attributeName(SORT_KEY).attributeType(ScalarAttributeType.S)));
        } catch (ResourceInUseException createdMeanwhile) {
            LOG.debug("Table {} was created meanwhile", table);
        }
    }
}
