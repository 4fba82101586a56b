package io.movierecs.job;

import java.net.URI;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * AWS clients configured from the standard settings: region and credentials from the SDK's default
 * chains, the endpoint from {@code AWS_ENDPOINT_URL_<SERVICE>} or {@code AWS_ENDPOINT_URL} (or the
 * system properties {@code aws.endpointUrl<Service>} / {@code aws.endpointUrl}) so the same job runs
 * against DynamoDB Local and an S3 emulator. The URL-connection HTTP client keeps Netty and Apache
 * HttpClient, which EMR has in other versions, off the job's classpath.
 */
final class AwsClients {

    private AwsClients() {
    }

    static DynamoDbClient dynamoDb() {
        var builder = DynamoDbClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder());
        URI endpoint = endpoint("DYNAMODB", "Dynamodb");
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder.build();
    }

    static S3Client s3() {
        var builder = S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder());
        URI endpoint = endpoint("S3", "S3");
        if (endpoint != null) {
            // Emulators serve buckets as paths, not as host names.
            builder.endpointOverride(endpoint).forcePathStyle(true);
        }
        return builder.build();
    }

    private static URI endpoint(String environmentSuffix, String propertySuffix) {
        String[] candidates = {
            System.getProperty("aws.endpointUrl" + propertySuffix),
            System.getenv("AWS_ENDPOINT_URL_" + environmentSuffix),
            System.getProperty("aws.endpointUrl"),
            System.getenv("AWS_ENDPOINT_URL"),
        };
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return URI.create(candidate.trim());
            }
        }
        return null;
    }
}
