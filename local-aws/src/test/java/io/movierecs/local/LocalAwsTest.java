package io.movierecs.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3Client;

class LocalAwsTest {
    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));

    static DynamoDbClient dynamoDb(URI endpoint) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(CREDENTIALS).httpClient(UrlConnectionHttpClient.create()).build();
    }

    static S3Client s3(URI endpoint) {
        return S3Client.builder().endpointOverride(endpoint).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(CREDENTIALS).httpClient(UrlConnectionHttpClient.create()).build();
    }

    static void createTable(DynamoDbClient client) {
        client.createTable(b -> b.tableName("recs").billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(KeySchemaElement.builder().attributeName("userId").keyType(KeyType.HASH).build())
                .attributeDefinitions(AttributeDefinition.builder().attributeName("userId")
                        .attributeType(ScalarAttributeType.N).build()));
    }

    @Test
    void dataWrittenBeforeARestartIsThereAfterIt(@TempDir Path data) {
        try (LocalAws aws = LocalAws.start(data); DynamoDbClient dynamoDb = dynamoDb(aws.dynamoDbEndpoint());
             S3Client s3 = s3(aws.s3Endpoint())) {
            createTable(dynamoDb);
            dynamoDb.putItem(b -> b.tableName("recs").item(Map.of("userId", AttributeValue.fromN("7"))));
            s3.createBucket(b -> b.bucket("models"));
            s3.putObject(b -> b.bucket("models").key("models/r1/manifest.json"), RequestBody.fromString("{}"));
        }

        try (LocalAws aws = LocalAws.start(data); DynamoDbClient dynamoDb = dynamoDb(aws.dynamoDbEndpoint());
             S3Client s3 = s3(aws.s3Endpoint())) {
            assertThat(dynamoDb.getItem(b -> b.tableName("recs").key(Map.of("userId", AttributeValue.fromN("7"))))
                    .hasItem()).isTrue();
            assertThat(s3.getObjectAsBytes(b -> b.bucket("models").key("models/r1/manifest.json")).asUtf8String())
                    .isEqualTo("{}");
        }
    }

    @Test
    void stoppedDynamoDbRefusesConnectionsWhileS3GoesOn() {
        try (LocalAws aws = LocalAws.startInMemory(); DynamoDbClient dynamoDb = dynamoDb(aws.dynamoDbEndpoint());
             S3Client s3 = s3(aws.s3Endpoint())) {
            createTable(dynamoDb);
            aws.stopDynamoDb();

            assertThatThrownBy(dynamoDb::listTables).isInstanceOf(software.amazon.awssdk.core.exception.SdkClientException.class);
            s3.createBucket(b -> b.bucket("still-up"));
            assertThat(s3.listBuckets().buckets()).anyMatch(bucket -> bucket.name().equals("still-up"));
        }
    }
}
