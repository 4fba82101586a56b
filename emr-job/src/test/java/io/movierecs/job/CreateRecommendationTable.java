package io.movierecs.job;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** For bench/als-benchmark: creates the recommendation table in DynamoDB Local. Arguments: ENDPOINT TABLE. */
public final class CreateRecommendationTable {

    private CreateRecommendationTable() {
    }

    public static void main(String[] args) {
        try (DynamoDbClient client = DynamoDbClient.builder().endpointOverride(URI.create(args[0]))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            client.createTable(request -> request.tableName(args[1]).billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(d -> d.attributeName("userId").attributeType(ScalarAttributeType.N),
                            d -> d.attributeName("modelVersion").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("userId").keyType(KeyType.HASH),
                            k -> k.attributeName("modelVersion").keyType(KeyType.RANGE)));
        } catch (ResourceInUseException alreadyThere) {
            // A rerun writes over the same table.
        }
    }
}
