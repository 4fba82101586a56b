package io.movierecs.web.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.cache.CacheManager;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.movierecs.local.SharedLocalAws;
import io.movierecs.web.support.TcpProxy;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Fault 7: DynamoDB stops answering without refusing (a black hole: connections accepted, nothing
 * comes back), the worst case for a client. Each recommendations request spends at most the
 * 200 ms read budget on it and answers 200 from fold-in; after a failure DynamoDB is left alone for
 * a while, so the next requests do not pay the budget again.
 */
class DynamoDbUnreachableTest {
    private static final Duration BUDGET = Duration.ofMillis(200);

    @Test
    void recommendationsAnswerFromFoldInWithinTheReadBudget() throws Exception {
        try (TcpProxy dynamoDb = TcpProxy.to("127.0.0.1", SharedLocalAws.get().dynamoDbEndpoint().getPort())) {
            Map<String, Object> properties = new HashMap<>(ServedListsFixture.properties(SharedLocalAws.get()));
            properties.put("movierecs.aws.dynamodb-endpoint", "http://127.0.0.1:" + dynamoDb.port());
            properties.put("movierecs.aws.dynamodb-timeout", BUDGET.toMillis() + "ms");
            try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, "test");
                 HttpClient app = HttpClient.create(server.getURL())) {
                ServedListsFixture served = new ServedListsFixture(server.getApplicationContext(), app, SharedLocalAws.get());
                served.servedRunWithLists();
                assertThat(served.recommendations(app, served.users.get(0)).source()).isEqualTo("batch");

                dynamoDb.blackHole();
                for (int i = 0; i < 5; i++) {
                    // Each request asks the store anew, as for a user whose cached answer was dropped.
                    server.getApplicationContext().getBean(CacheManager.class).getCache("recommendations")
                            .invalidateAll();
                    long start = System.nanoTime();
                    RecommendationsView answer = served.recommendations(app, served.users.get(0));
                    Duration took = Duration.ofNanos(System.nanoTime() - start);

                    assertThat(answer.source()).isEqualTo("fold-in");
                    assertThat(answer.items()).isNotEmpty();
                    assertThat(took).as("request %d", i).isLessThan(BUDGET.plusMillis(800));
                }
            }
        }
    }
}
