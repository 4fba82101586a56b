package io.movierecs.web.recommendations;

import io.movierecs.local.LocalAws;
import java.util.Map;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Points the app at a pair of emulators. */
public final class RecommendationTestProperties {
    public static final String TABLE = "movierecs-recommendations-test";

    static {
        // The emulators accept any credentials; these keep the SDK from looking for real ones.
        System.setProperty("aws.accessKeyId", "local");
        System.setProperty("aws.secretAccessKey", "local");
    }

    private RecommendationTestProperties() {
    }

    /** A client of its own for seeding, so test set-up never runs into the app's tight budget. */
    public static DynamoDbClient dynamoDb(LocalAws aws) {
        return DynamoDbClient.builder().endpointOverride(aws.dynamoDbEndpoint()).region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    public static Map<String, String> with(LocalAws aws) {
        return Map.of(
                "movierecs.aws.dynamodb-endpoint", aws.dynamoDbEndpoint().toString(),
                "movierecs.aws.s3-endpoint", aws.s3Endpoint().toString(),
                "movierecs.aws.region", "us-east-1",
                // Build machines run several test JVMs on two cores; outages are tested by stopping DynamoDB.
                "movierecs.aws.dynamodb-timeout", "2s",
                "movierecs.recommendations.table", TABLE,
                "movierecs.recommendations.create-table", "true",
                "movierecs.models.create-bucket", "true",
                // The fixtures write ratings straight into the database and count DynamoDB reads; the
                // change notifications would drop cached entries at moments the tests cannot see.
                // UserMoviesChangesTest covers the cache with them.
                "movierecs.recommendations.user-movies-ttl", "0s");
    }
}
