package io.movierecs.web.faults;

import static io.movierecs.web.faults.ServedListsFixture.M;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.movierecs.local.SharedLocalAws;
import io.movierecs.web.support.Api;
import io.movierecs.web.training.RunStatus;
import io.movierecs.web.training.TrainingFixtures;
import io.movierecs.web.training.TrainingReconciler;
import io.movierecs.web.training.TrainingRuns;
import io.movierecs.web.training.TrainingTrigger;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Fault 1: the job writes every user's lists before the gate decides. Each run's lists live under
 * its own run id, so a rejected run leaves what users are served exactly as it was, and a rollback
 * serves the earlier run's lists the moment it commits, with nothing rewritten.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RejectedRunTest implements TestPropertyProvider {
    @Inject @Client("/") HttpClient client;
    @Inject ApplicationContext context;
    @Inject EmbeddedServer server;
    @Inject TrainingTrigger trigger;
    @Inject TrainingReconciler reconciler;
    @Inject TrainingRuns runs;

    ServedListsFixture served;

    @Override
    public Map<String, String> getProperties() {
        return ServedListsFixture.properties(SharedLocalAws.get());
    }

    @BeforeEach
    void servedRunWithLists() {
        served = new ServedListsFixture(context, client, SharedLocalAws.get());
        served.servedRunWithLists();
    }

    @Test
    void aRejectedRunLeavesEveryUsersServedListAndModelVersionUnchanged() {
        List<RecommendationsView> before = served.recommendations();
        assertThat(before).allSatisfy(r -> {
            assertThat(r.source()).isEqualTo("batch");
            assertThat(r.modelVersion()).isEqualTo(served.servedRun);
        });

        String rejected = runWhoseJobWrote(List.of(M + 3, M + 5, M + 7), 0.09, 0.10);

        assertThat(runs.find(rejected).orElseThrow().status()).isEqualTo(RunStatus.REJECTED);
        assertThat(served.recommendations()).isEqualTo(before);
    }

    @Test
    void aRollbackServesTheEarlierRunsListsAtOnce() {
        List<RecommendationsView> earlier = served.recommendations();
        String newer = runWhoseJobWrote(List.of(M + 3, M + 5, M + 7), 0.31, 0.10);
        assertThat(runs.find(newer).orElseThrow().status()).isEqualTo(RunStatus.ACTIVE);
        assertThat(served.recommendations()).allSatisfy(r -> {
            assertThat(r.modelVersion()).isEqualTo(newer);
            assertThat(r.movieIds()).containsExactly(M + 3, M + 5, M + 7);
        });

        client.toBlocking().exchange(HttpRequest.POST("/internal/training-runs/" + served.servedRun + "/rollback", "")
                .header("Authorization", served.adminBearer(new Api(server, context.getBean(JsonMapper.class)))));

        assertThat(served.recommendations()).isEqualTo(earlier);
    }

    /** Triggers a run whose job writes its lists and a model with these scores, and takes it to its end. */
    private String runWhoseJobWrote(List<Integer> list, double ndcg, double baselineNdcg) {
        TrainingFixtures.jobWill("succeed");
        String runId = trigger.trigger(true).run().runId();
        served.jobOutput(runId, list, ndcg, baselineNdcg);
        return TrainingFixtures.await(() -> {
            reconciler.reconcile();
            return runs.find(runId).orElseThrow();
        }, r -> !r.status().inProgress()).runId();
    }
}
