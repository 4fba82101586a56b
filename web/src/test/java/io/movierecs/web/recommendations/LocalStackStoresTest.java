package io.movierecs.web.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.movierecs.contracts.RecommendationItemCodec;
import io.movierecs.contracts.RecommendationList;
import io.movierecs.web.models.ModelStore;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.containers.localstack.LocalStackContainer.Service;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The S3 model store and the DynamoDB recommendation store against LocalStack, configured the way
 * a user with Docker configures the app: one endpoint for every service. Skipped without Docker.
 */
@Testcontainers(disabledWithoutDocker = true)
class LocalStackStoresTest {
    @Container
    static final LocalStackContainer LOCALSTACK = new LocalStackContainer(DockerImageName.parse("localstack/localstack:3.8"))
            .withServices(Service.S3, Service.DYNAMODB);
    private static ApplicationContext context;

    @BeforeAll
    static void start() {
        context = ApplicationContext.run(Map.of(
                "movierecs.aws.endpoint", LOCALSTACK.getEndpoint().toString(),
                "movierecs.aws.region", LOCALSTACK.getRegion(),
                "movierecs.models.create-bucket", "true",
                "movierecs.recommendations.create-table", "true",
                "movierecs.recommendations.table", "localstack-recs"), "test");
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void modelArtefactsWrittenToTheBucketReadBack() throws Exception {
        ModelStore store = context.getBean(ModelStore.class);
        store.write("models/localstack/manifest.json", out -> out.write("{\"runId\":\"localstack\"}".getBytes(StandardCharsets.UTF_8)));

        try (InputStream in = store.open("models/localstack/manifest.json")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("localstack");
        }
    }

    @Test
    void theJobsItemIsReadFromTheTable() {
        RecommendationList list = new RecommendationList(42L, "run-ls", "2026-11-22T00:00:00Z",
                List.of(new RecommendationList.Scored(260, 4.5)));
        context.getBean(DynamoDbClient.class).putItem(b -> b.tableName("localstack-recs")
                .item(RecommendationItemCodec.toItem(list)));

        assertThat(context.getBean(RecommendationStore.class).find(42L, "run-ls")).contains(list);
    }
}
