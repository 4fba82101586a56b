package io.movierecs.web.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingTriggerTest implements TestPropertyProvider {
    private static final String KEY = "test-training-key";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        return TrainingFixtures.properties();
    }

    @BeforeEach
    void noRuns() {
        TrainingFixtures.deleteAllRuns(dataSource);
        TrainingFixtures.jobWill("sleep");
    }

    @Test
    void aTriggerWithoutTheApiKeyIsUnauthorized() {
        assertThatThrownBy(() -> client.toBlocking().exchange(HttpRequest.POST("/internal/training-runs", "")))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode()));
    }

    @Test
    void aTriggerWithAWrongApiKeyIsUnauthorized() {
        assertThatThrownBy(() -> client.toBlocking().exchange(HttpRequest.POST("/internal/training-runs", "").header("X-Api-Key", KEY + "x")))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode()));
        assertThat(runs()).isEmpty();
    }

    @Test
    void twentyConcurrentTriggersStartExactlyOneRun() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<TrainingRunView>>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(pool.submit(() -> {
                go.await();
                return client.toBlocking().exchange(trigger(""), TrainingRunView.class);
            }));
        }
        go.countDown();
        List<HttpResponse<TrainingRunView>> responses = new ArrayList<>();
        for (Future<HttpResponse<TrainingRunView>> call : calls) {
            responses.add(call.get());
        }
        pool.shutdown();

        assertThat(responses).filteredOn(r -> r.getStatus() == HttpStatus.ACCEPTED).hasSize(1);
        assertThat(responses).filteredOn(r -> r.getStatus() == HttpStatus.OK).hasSize(19);
        assertThat(responses).extracting(r -> r.body().runId()).containsOnly(responses.get(0).body().runId());
        assertThat(runs()).hasSize(1);
    }

    @Test
    void nothingNewSinceTheActiveModelIsRecordedAsSkipped() throws IOException {
        TrainingFixtures.activeRunUpToDate(dataSource, json, "run-trigger-active", 0.3);

        HttpResponse<TrainingRunView> response = client.toBlocking().exchange(trigger(""), TrainingRunView.class);

        assertThat(response.getStatus().getCode()).isEqualTo(HttpStatus.OK.getCode());
        assertThat(response.body().status()).isEqualTo(RunStatus.SKIPPED);
        assertThat(response.body().reason()).contains("run-trigger-active");
        assertThat(runs()).extracting(TrainingRunView::status).contains(RunStatus.SKIPPED, RunStatus.ACTIVE);
    }

    @Test
    void theServedRunsListsAgeingPastHalfTheirLifetimeCountAsNew() throws IOException {
        TrainingFixtures.activeRunUpToDate(dataSource, json, "run-trigger-old", 0.3);
        TrainingFixtures.execute(dataSource, "UPDATE training_runs SET created_at = now() - interval '31 days',"
                + " finished_at = now() - interval '31 days' WHERE run_id = 'run-trigger-old'");

        HttpResponse<TrainingRunView> response = client.toBlocking().exchange(trigger(""), TrainingRunView.class);

        assertThat(response.getStatus().getCode()).isEqualTo(HttpStatus.ACCEPTED.getCode());
        assertThat(response.body().status()).isNotEqualTo(RunStatus.SKIPPED);
    }

    @Test
    void forceTrainsEvenWhenNothingIsNew() throws IOException {
        TrainingFixtures.activeRunUpToDate(dataSource, json, "run-trigger-active", 0.3);

        HttpResponse<TrainingRunView> response = client.toBlocking().exchange(trigger("?force=true"), TrainingRunView.class);

        assertThat(response.getStatus().getCode()).isEqualTo(HttpStatus.ACCEPTED.getCode());
        assertThat(response.body().forced()).isTrue();
    }

    @Test
    void aDeletedRatingCountsAsNew() throws IOException {
        TrainingFixtures.activeRunUpToDate(dataSource, json, "run-trigger-active", 0.3);
        TrainingFixtures.execute(dataSource, "DELETE FROM ratings WHERE movie_id = -1");

        HttpResponse<TrainingRunView> response = client.toBlocking().exchange(trigger(""), TrainingRunView.class);

        assertThat(response.getStatus().getCode()).isEqualTo(HttpStatus.ACCEPTED.getCode());
    }

    @Test
    void aRunAlreadyInProgressIsReturned() {
        String started = client.toBlocking().exchange(trigger(""), TrainingRunView.class).body().runId();

        HttpResponse<TrainingRunView> again = client.toBlocking().exchange(trigger(""), TrainingRunView.class);

        assertThat(again.getStatus().getCode()).isEqualTo(HttpStatus.OK.getCode());
        assertThat(again.body().runId()).isEqualTo(started);
        assertThat(again.body().status().inProgress()).isTrue();
    }

    private static MutableHttpRequest<String> trigger(String query) {
        return HttpRequest.POST("/internal/training-runs" + query, "").header("X-Api-Key", KEY);
    }

    private List<TrainingRunView> runs() {
        return client.toBlocking().retrieve(HttpRequest.GET("/internal/training-runs").header("X-Api-Key", KEY),
                Argument.listOf(TrainingRunView.class));
    }
}
