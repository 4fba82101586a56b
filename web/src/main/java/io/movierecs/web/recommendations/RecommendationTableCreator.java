package io.movierecs.web.recommendations;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.movierecs.contracts.RecommendationItemAttributes;
import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Creates the recommendations table on emulators, before the app serves; in AWS the CDK stack owns it. */
@Context
@Requires(property = "movierecs.recommendations.create-table", value = "true")
class RecommendationTableCreator {
    private static final Logger LOG = LoggerFactory.getLogger(RecommendationTableCreator.class);

    // Start-up is not a user request: the client's 200 ms budget does not apply.
    private static final Consumer<AwsRequestOverrideConfiguration.Builder> SLOW_OK = o -> o
            .apiCallTimeout(Duration.ofSeconds(10)).apiCallAttemptTimeout(Duration.ofSeconds(5));

    private final DynamoDbClient dynamoDb;
    private final String table;

    RecommendationTableCreator(DynamoDbClient dynamoDb, RecommendationSettings settings) {
        this.dynamoDb = dynamoDb;
        this.table = settings.getTable();
        createIfMissing();
    }

    private void createIfMissing() {
        try {
            dynamoDb.describeTable(b -> b.tableName(table).overrideConfiguration(SLOW_OK));
            return;
        } catch (ResourceNotFoundException missing) {
            LOG.info("Creating DynamoDB table {}", table);
        }
        try {
            dynamoDb.createTable(b -> b.tableName(table).overrideConfiguration(SLOW_OK)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .keySchema(k -> k.attributeName(RecommendationItemAttributes.USER_ID).keyType(KeyType.HASH))
                    .attributeDefinitions(a -> a.attributeName(RecommendationItemAttributes.USER_ID)
                            .attributeType(ScalarAttributeType.N)));
        } catch (ResourceInUseException createdMeanwhile) {
            LOG.debug("Table {} was created meanwhile", table);
        }
    }
}
