package io.movierecs.web.faults;

import static io.movierecs.web.faults.ServedListsFixture.M;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.runtime.server.EmbeddedServer;
import io.movierecs.local.SharedLocalAws;
import io.movierecs.web.serving.ModelLoadState;
import io.movierecs.web.serving.ServedModel;
import io.movierecs.web.support.TcpProxy;
import io.movierecs.web.training.TrainingFixtures;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

/**
 * Fault 4: the model store does not answer when the app starts. The app serves anyway (the served
 * run's lists, popular movies), says on its health details that it keeps trying, and loads the
 * model by itself once the store is back, with no restart and no new activation.
 */
class ModelStoreDownAtStartTest {

    @Test
    void theAppStartsServesWithoutItsModelAndLoadsItOnceTheStoreIsBack() throws Exception {
        try (ApplicationContext helper = ApplicationContext.run(new HashMap<>(ServedListsFixture.properties(SharedLocalAws.get())), "test");
             TcpProxy s3 = TcpProxy.to("127.0.0.1", SharedLocalAws.get().s3Endpoint().getPort())) {
            ServedListsFixture served = new ServedListsFixture(helper, null, SharedLocalAws.get());
            served.servedRunWithLists();
            long newcomer = served.fixtures.user();
            s3.cut();

            Map<String, Object> properties = new HashMap<>(ServedListsFixture.properties(SharedLocalAws.get()));
            properties.put("movierecs.aws.s3-endpoint", "http://127.0.0.1:" + s3.port());
            properties.put("movierecs.serving.load-retry-max", "2s");
            try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, "test");
                 HttpClient app = HttpClient.create(server.getURL())) {
                ServedModel servedModel = server.getApplicationContext().getBean(ServedModel.class);

                assertThat(servedModel.state().phase()).isEqualTo(ModelLoadState.Phase.RETRYING);
                assertThat(servedModelHealth(server.getApplicationContext())).containsEntry("state", "RETRYING")
                        .containsEntry("servedRun", served.servedRun).containsKey("lastError");
                List<RecommendationsView> whileDown = served.recommendations(app);
                assertThat(whileDown).allSatisfy(r -> {
                    assertThat(r.source()).isEqualTo("batch");
                    assertThat(r.modelVersion()).isEqualTo(served.servedRun);
                });
                RecommendationsView popular = app.toBlocking().retrieve(HttpRequest.GET("/api/me/recommendations?limit=3")
                        .header("Authorization", served.fixtures.bearer(newcomer)), RecommendationsView.class);
                assertThat(popular.source()).isEqualTo("popular");
                assertThat(popular.items()).isNotEmpty();

                s3.restore();

                TrainingFixtures.await(() -> servedModel.state().phase(), phase -> phase == ModelLoadState.Phase.LOADED,
                        Duration.ofSeconds(15));
                assertThat(servedModelHealth(server.getApplicationContext())).containsEntry("state", "LOADED")
                        .containsEntry("loadedRun", served.servedRun);
                Map<?, ?> similar = app.toBlocking().retrieve(HttpRequest.GET("/api/movies/" + (M + 2) + "/similar?limit=3"),
                        Map.class);
                assertThat(similar.get("modelVersion")).isEqualTo(served.servedRun);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> servedModelHealth(ApplicationContext context) {
        HealthIndicator indicator = context.getBeansOfType(HealthIndicator.class).stream()
                .filter(i -> i.getClass().getSimpleName().startsWith("ServedModelHealthIndicator"))
                .findFirst().orElseThrow();
        HealthResult result = Flux.from(indicator.getResult()).blockFirst();
        assertThat(result.getName()).isEqualTo("servedModel");
        return (Map<String, Object>) result.getDetails();
    }
}
