package io.movierecs.web.faults;

import static io.movierecs.web.faults.ServedListsFixture.M;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.movierecs.local.SharedLocalAws;
import io.movierecs.web.training.RunStatus;
import io.movierecs.web.training.TrainingFixtures;
import io.movierecs.web.training.TrainingRunView;
import io.movierecs.web.training.TrainingRuns;
import io.movierecs.web.training.TrainingTrigger;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Fault 2: the job's process is killed halfway through writing its lists. The scheduled reconciler
 * fails the run within its interval, and users are still served the previous run's lists.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KilledJobTest implements TestPropertyProvider {
    private static final Duration INTERVAL = Duration.ofSeconds(2);

    @Inject @Client("/") HttpClient client;
    @Inject ApplicationContext context;
    @Inject TrainingTrigger trigger;
    @Inject TrainingRuns runs;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(ServedListsFixture.properties(SharedLocalAws.get()));
        properties.put("movierecs.training.reconciler.enabled", "true");
        properties.put("movierecs.training.reconciler.interval", INTERVAL.toSeconds() + "s");
        return properties;
    }

    @Test
    void aJobKilledMidRunFailsWithinTheReconcilerIntervalAndThePreviousListsStillServe() {
        ServedListsFixture served = new ServedListsFixture(context, client, SharedLocalAws.get());
        served.servedRunWithLists();
        List<RecommendationsView> before = served.recommendations();
        TrainingFixtures.jobWill("sleep");
        String runId = trigger.trigger(true).run().runId();
        TrainingRunView running = TrainingFixtures.await(() -> runs.find(runId).orElseThrow(),
                run -> run.status() == RunStatus.RUNNING);
        // The lists are written, the model not yet, when the process dies.
        served.jobLists(runId, List.of(M + 3, M + 5, M + 7));

        long killedAt = System.nanoTime();
        ProcessHandle wrapper = ProcessHandle.of(Long.parseLong(running.launchHandle())).orElseThrow();
        wrapper.descendants().forEach(ProcessHandle::destroyForcibly);
        TrainingRunView failed = TrainingFixtures.await(() -> runs.find(runId).orElseThrow(),
                run -> !run.status().inProgress(), Duration.ofSeconds(20));
        Duration detected = Duration.ofNanos(System.nanoTime() - killedAt);

        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.reason()).contains("exit status 137");
        assertThat(detected).isLessThan(INTERVAL.plusSeconds(2));
        assertThat(TrainingFixtures.servedRunId(context.getBean(javax.sql.DataSource.class))).contains(served.servedRun);
        assertThat(served.recommendations()).isEqualTo(before);
    }
}
