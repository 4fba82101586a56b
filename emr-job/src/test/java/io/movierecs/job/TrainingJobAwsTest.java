package io.movierecs.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.movierecs.contracts.ItemFactors;
import io.movierecs.contracts.JobArguments;
import io.movierecs.contracts.Manifest;
import io.movierecs.contracts.PopularMovie;
import io.movierecs.contracts.RecommendationItemCodec;
import io.movierecs.contracts.RecommendationList;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** The job writing to DynamoDB Local and the S3 emulator, as it does on EMR. */
class TrainingJobAwsTest extends SparkTestSession {
    private static final BatchRetry QUICK = new BatchRetry(10, Duration.ofMillis(1), Duration.ofMillis(20));
    private static LocalAwsProcess aws;
    private static Path movielens;

    @TempDir
    static Path shared;
    private String table;
    private String bucket;

    @BeforeAll
    static void startEmulators() throws Exception {
        aws = LocalAwsProcess.start();
        movielens = JobFiles.syntheticMovieLens(shared.resolve("ml"), 60, 30, 5);
    }

    @AfterAll
    static void stopEmulators() throws Exception {
        aws.close();
    }

    @BeforeEach
    void createTableAndBucket() {
        table = "recs-" + UUID.randomUUID();
        bucket = "models-" + UUID.randomUUID();
        aws.createTable(table);
        try (S3Client s3 = aws.s3Client()) {
            s3.createBucket(request -> request.bucket(bucket));
        }
        FaultInjection.reset();
    }

    @Test
    void writesEveryUsersItemAndTheModelToS3WithTheManifestLast() throws IOException {
        Manifest manifest = TrainingJob.run(spark, arguments("run-7")).manifest();

        List<RecommendationList> stored = storedLists();
        assertThat(stored).hasSize(60).allSatisfy(list -> {
            assertThat(list.modelVersion()).isEqualTo("run-7");
            assertThat(list.items()).hasSize(10);
        });
        assertThat(manifest.counts().usersWritten()).isEqualTo(60);
        try (S3Client s3 = aws.s3Client()) {
            assertThat(new ObjectMapper().readValue(object(s3, "models/run-7/manifest.json").asByteArray(), Manifest.class))
                    .isEqualTo(manifest);
            assertThat(ItemFactors.readFrom(object(s3, "models/run-7/item-factors.bin").asInputStream()).size()).isEqualTo(30);
            assertThat(PopularMovie.readAll(object(s3, "models/run-7/popular.csv").asInputStream())).hasSize(30);
        }
    }

    @Test
    void aRerunOfTheSameRunOverwritesItsItems() {
        TrainingJob.run(spark, arguments("run-8"));
        TrainingJob.run(spark, arguments("run-8"));

        assertThat(storedLists()).hasSize(60);
    }

    @Test
    void eachRunWritesItsOwnListsBesideTheEarlierRunsWhichStayAsTheyWere() {
        TrainingJob.run(spark, arguments("run-11"));
        List<RecommendationList> first = storedLists();

        TrainingJob.run(spark, arguments("run-12"));

        List<RecommendationList> both = storedLists();
        assertThat(both).hasSize(120);
        assertThat(both.stream().filter(list -> list.modelVersion().equals("run-11")).toList())
                .containsExactlyInAnyOrderElementsOf(first);
        try (DynamoDbClient client = aws.dynamoDbBuilder().build()) {
            assertThat(client.scanPaginator(request -> request.tableName(table)).items())
                    .allSatisfy(item -> assertThat(Long.parseLong(item.get("ttl").n()))
                            .isGreaterThan(java.time.Instant.now().plus(Duration.ofDays(59)).getEpochSecond()));
        }
    }

    @Test
    void unprocessedItemsOnTheExecutorsAreRetriedUntilAllAreWritten() {
        TrainingJob.run(spark, arguments("run-9"), new JobEnvironment(() -> client(false), QUICK));

        assertThat(FaultInjection.HELD_BACK.get()).isPositive();
        assertThat(storedLists()).hasSize(60);
    }

    @Test
    void itemsLeftUnwrittenFailTheJobAndNoManifestIsWritten() {
        assertThatThrownBy(() -> TrainingJob.run(spark, arguments("run-10"), new JobEnvironment(() -> client(true), QUICK)))
                .isInstanceOf(JobFailedException.class)
                .hasMessageContaining("items still unwritten to DynamoDB table " + table);
        try (S3Client s3 = aws.s3Client()) {
            assertThatThrownBy(() -> object(s3, "models/run-10/manifest.json")).isInstanceOf(NoSuchKeyException.class);
        }
    }

    private JobArguments arguments(String runId) {
        return new JobArguments(movielens.toString(), null, runId, "s3://" + bucket + "/models/" + runId, table, null,
                JobArguments.Users.ALL, 10, 4, 6, 0.1, 5, true, 0.2, 1L, false, 0.3);
    }

    /** Built on the executors: plain DynamoDB Local with unprocessed items injected. */
    private static DynamoDbClient client(boolean holdBackEverything) {
        return DynamoDbClient.builder()
                .endpointOverride(URI.create(System.getProperty("aws.endpointUrlDynamodb")))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .addExecutionInterceptor(FaultInjection.holdBack(holdBackEverything)))
                .build();
    }

    private List<RecommendationList> storedLists() {
        try (DynamoDbClient client = aws.dynamoDbBuilder().build()) {
            return client.scanPaginator(request -> request.tableName(table)).items().stream()
                    .map(RecommendationItemCodec::fromItem).toList();
        }
    }

    private ResponseBytes<GetObjectResponse> object(S3Client s3, String key) {
        return s3.getObjectAsBytes(request -> request.bucket(bucket).key(key));
    }
}
