package io.movierecs.web.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.movierecs.contracts.RecommendationItemAttributes;
import io.movierecs.contracts.RecommendationItemCodec;
import io.movierecs.local.SharedLocalAws;
import io.movierecs.web.serving.ServedRunChanged;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The real job through emr-job/bin/run-local, Spark local on ml-latest-small plus one app user's
 * ratings, against the in-JVM emulators: trigger, the run succeeds, passes its gate and serves.
 */
class LocalTrainingEndToEndTest {
    private static final String TABLE = "movierecs-recommendations-e2e";
    private static ApplicationContext context;
    private static DynamoDbClient dynamoDb;
    private static final List<Integer> ADDED_MOVIES = new ArrayList<>();
    private static String email;

    @BeforeAll
    static void start() {
        Map<String, Object> properties = new HashMap<>(TrainingFixtures.properties());
        properties.remove("movierecs.training.local.run-local");
        Path movielens = TrainingFixtures.movieLens("ml-latest-small");
        Assumptions.assumeTrue(Files.isReadable(movielens.resolve("ratings.csv")), "MovieLens ml-latest-small is not in ../shared/data");
        properties.put("movierecs.movielens.dir", movielens.toString());
        properties.put("movierecs.recommendations.table", TABLE);
        properties.put("movierecs.training.job.max-iter", "8");
        context = ApplicationContext.run(properties, "test");
        dynamoDb = DynamoDbClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).region(Region.US_EAST_1)
                .endpointOverride(SharedLocalAws.get().dynamoDbEndpoint()).build();
        createTable();
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            DataSource dataSource = context.getBean(DataSource.class);
            TrainingFixtures.execute(dataSource, "DELETE FROM users WHERE email = '" + email + "'");
            for (int movieId : ADDED_MOVIES) {
                TrainingFixtures.execute(dataSource, "DELETE FROM movies WHERE movie_id = " + movieId);
            }
            context.close();
            dynamoDb.close();
        }
    }

    @Test
    void aTriggeredRunTrainsOnMovieLensAndTheAppsRatingsAndBecomesTheModelThatServes() {
        DataSource dataSource = context.getBean(DataSource.class);
        TrainingFixtures.deleteAllRuns(dataSource);
        long userId = userWhoLikesToyStoryAndFriends(dataSource);

        String runId = context.getBean(TrainingTrigger.class).trigger(true).run().runId();
        TrainingReconciler reconciler = context.getBean(TrainingReconciler.class);
        TrainingRuns runs = context.getBean(TrainingRuns.class);
        TrainingRunView run = TrainingFixtures.await(() -> {
            reconciler.reconcile();
            return runs.find(runId).orElseThrow();
        }, r -> !r.status().inProgress(), Duration.ofMinutes(10));

        assertThat(run.status()).as(run.reason()).isEqualTo(RunStatus.ACTIVE);
        assertThat(run.manifest().model().ndcgAt10()).isGreaterThan(run.manifest().baseline().ndcgAt10());
        assertThat(run.manifest().counts().appRatings()).isGreaterThanOrEqualTo(8);
        assertThat(TrainingFixtures.servedRunId(context.getBean(DataSource.class))).contains(runId);
        assertThat(context.getBean(ServedRunChangedRecorder.class).events).contains(new ServedRunChanged(runId, "models/" + runId));
        Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(TABLE)
                .key(RecommendationItemCodec.key(userId, runId))).item();
        assertThat(item.get(RecommendationItemAttributes.MODEL_VERSION).s()).isEqualTo(runId);
        assertThat(item.get(RecommendationItemAttributes.ITEMS).l()).isNotEmpty();
    }

    private static long userWhoLikesToyStoryAndFriends(DataSource dataSource) {
        List<Integer> movies = List.of(1, 3114, 2355, 4886, 6377, 8961, 50872, 68954);
        for (int movieId : movies) {
            if (TrainingFixtures.queryLong(dataSource, "SELECT count(*) FROM movies WHERE movie_id = " + movieId) == 0) {
                TrainingFixtures.execute(dataSource, "INSERT INTO movies (movie_id, title) VALUES (" + movieId
                        + ", 'MovieLens " + movieId + "')");
                ADDED_MOVIES.add(movieId);
            }
        }
        email = "e2e-" + UUID.randomUUID() + "@example.com";
        TrainingFixtures.execute(dataSource, "INSERT INTO users (email, password_hash, display_name) VALUES ('"
                + email + "', 'x', 'Pixar fan')");
        for (int movieId : movies) {
            TrainingFixtures.execute(dataSource, "INSERT INTO ratings (user_id, movie_id, rating) SELECT id, "
                    + movieId + ", 5.0 FROM users WHERE email = '" + email + "'");
        }
        return TrainingFixtures.queryLong(dataSource, "SELECT id FROM users WHERE email = '" + email + "'");
    }

    private static void createTable() {
        try {
            dynamoDb.createTable(r -> r.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(
                            a -> a.attributeName(RecommendationItemAttributes.USER_ID).attributeType(ScalarAttributeType.N),
                            a -> a.attributeName(RecommendationItemAttributes.MODEL_VERSION).attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName(RecommendationItemAttributes.USER_ID).keyType(KeyType.HASH),
                            k -> k.attributeName(RecommendationItemAttributes.MODEL_VERSION).keyType(KeyType.RANGE)));
        } catch (ResourceInUseException alreadyThere) {
            // one table per emulator, shared by the test classes of a run
        }
    }
}
