package io.movierecs.web.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.movierecs.contracts.Manifest;
import io.movierecs.web.models.ModelStore;
import io.movierecs.web.serving.ModelSwitch;
import io.movierecs.web.serving.ServedRunChanged;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingRunLifecycleTest implements TestPropertyProvider {

    @Inject TrainingTrigger trigger;
    @Inject TrainingReconciler reconciler;
    @Inject TrainingRuns runs;
    @Inject ModelSwitch modelSwitch;
    @Inject ModelStore store;
    @Inject JsonMapper json;
    @Inject DataSource dataSource;
    @Inject ServedRunChangedRecorder activations;

    @Override
    public Map<String, String> getProperties() {
        return TrainingFixtures.properties();
    }

    @BeforeEach
    void noRuns() {
        TrainingFixtures.deleteAllRuns(dataSource);
    }

    @Test
    void aJobThatBeatsItsBaselineBecomesTheActiveModelAndIsAnnounced() throws IOException {
        TrainingFixtures.jobWill("succeed");
        String runId = trigger.trigger(true).run().runId();
        TrainingFixtures.storeManifest(store, json, TrainingFixtures.manifest(runId, 0.31, 0.12));

        TrainingRunView run = reconcileToTheEnd(runId);

        assertThat(run.status()).isEqualTo(RunStatus.ACTIVE);
        assertThat(run.reason()).contains("0.3100").contains("0.1200");
        assertThat(TrainingFixtures.servedRunId(dataSource)).contains(runId);
        assertThat(activations.events).contains(new ServedRunChanged(runId, "models/" + runId));
        assertThat(run.manifest().model().ndcgAt10()).isEqualTo(0.31);
        // The fake job may end before or after a pass sees it running.
        assertThat(run.events()).extracting(RunEvent::status).containsSubsequence(RunStatus.PENDING, RunStatus.EXPORTING,
                RunStatus.SUBMITTED, RunStatus.SUCCEEDED, RunStatus.ACTIVE);
    }

    @Test
    void theLocalJobGetsTheSnapshotTheModelStoreAndTheEmulatorEndpoints() throws IOException {
        TrainingFixtures.jobWill("succeed");
        String runId = trigger.trigger(true).run().runId();
        TrainingFixtures.storeManifest(store, json, TrainingFixtures.manifest(runId, 0.31, 0.12));
        reconcileToTheEnd(runId);

        Path runDir = TrainingFixtures.ROOT.resolve("runs").resolve(runId);
        List<String> args = Files.readAllLines(runDir.resolve("args.txt"));
        assertThat(args).containsSubsequence("--app-ratings", runDir.resolve("ratings.csv.gz").toString())
                .containsSubsequence("--run-id", runId)
                .containsSubsequence("--model-out", "s3://movierecs-models/models/" + runId)
                .containsSubsequence("--recs-table", "movierecs-recommendations")
                .containsSubsequence("--movielens", TrainingFixtures.ROOT.resolve("movielens").toString());
        assertThat(runDir.resolve("ratings.csv.gz")).exists();
        assertThat(Files.readAllLines(runDir.resolve("env.txt")))
                .anyMatch(line -> line.startsWith("AWS_ENDPOINT_URL_S3=http://127.0.0.1:"))
                .anyMatch(line -> line.startsWith("AWS_ENDPOINT_URL_DYNAMODB=http://127.0.0.1:"))
                .contains("AWS_REGION=us-east-1");
    }

    @Test
    void aJobThatExitsNonZeroFailsAndThePreviousModelKeepsServing() throws IOException {
        TrainingFixtures.activeRunUpToDate(dataSource, json, "run-previous", 0.3);
        TrainingFixtures.jobWill("fail");
        String runId = trigger.trigger(true).run().runId();

        TrainingRunView run = reconcileToTheEnd(runId);

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.reason()).contains("exit status 3");
        assertThat(Files.readString(TrainingFixtures.ROOT.resolve("runs").resolve(runId).resolve("job.log")))
                .contains("ALS diverged");
        assertThat(TrainingFixtures.servedRunId(dataSource)).contains("run-previous");
    }

    @Test
    void aModelNoBetterThanItsPopularityBaselineIsRejected() throws IOException {
        TrainingFixtures.activeRunUpToDate(dataSource, json, "run-previous", 0.3);
        TrainingFixtures.jobWill("succeed");
        String runId = trigger.trigger(true).run().runId();
        TrainingFixtures.storeManifest(store, json, TrainingFixtures.manifest(runId, 0.09, 0.10));

        TrainingRunView run = reconcileToTheEnd(runId);

        assertThat(run.status()).isEqualTo(RunStatus.REJECTED);
        assertThat(run.reason()).contains("does not beat the popularity baseline");
        assertThat(TrainingFixtures.servedRunId(dataSource)).contains("run-previous");
    }

    @Test
    void aModelThatBeatsItsBaselineOnlyOnTheRandomHoldoutIsRejectedByItsTimeAwareHoldout() throws IOException {
        TrainingFixtures.activeRunUpToDate(dataSource, json, "run-previous", 0.3);
        TrainingFixtures.jobWill("succeed");
        String runId = trigger.trigger(true).run().runId();
        TrainingFixtures.storeManifest(store, json, TrainingFixtures.manifest(runId, 0.35, 0.12, 0.08, 0.09));

        TrainingRunView run = reconcileToTheEnd(runId);

        assertThat(run.status()).isEqualTo(RunStatus.REJECTED);
        assertThat(run.reason()).contains("0.0800 on the time-aware holdout does not beat the popularity baseline's 0.0900");
        assertThat(run.manifest().timeAwareModel().novelty()).isEqualTo(9.5);
        assertThat(TrainingFixtures.servedRunId(dataSource)).contains("run-previous");
    }

    @Test
    void aModelClearlyWorseThanTheActiveOneIsRejected() throws IOException {
        TrainingFixtures.activeRunUpToDate(dataSource, json, "run-previous", 0.40);
        TrainingFixtures.jobWill("succeed");
        String runId = trigger.trigger(true).run().runId();
        TrainingFixtures.storeManifest(store, json, TrainingFixtures.manifest(runId, 0.30, 0.10));

        assertThat(reconcileToTheEnd(runId).status()).isEqualTo(RunStatus.REJECTED);
        assertThat(TrainingFixtures.servedRunId(dataSource)).contains("run-previous");
    }

    @Test
    void aRunWhoseJobDroppedSomeOfTheExportedAppRatingsIsRejected() throws IOException {
        TrainingFixtures.activeRunUpToDate(dataSource, json, "run-previous", 0.30);
        long exported = TrainingFixtures.queryLong(dataSource, "SELECT count(*) FROM ratings");
        TrainingFixtures.jobWill("succeed");
        String runId = trigger.trigger(true).run().runId();
        TrainingFixtures.storeManifest(store, json, counted(TrainingFixtures.manifest(runId, 0.35, 0.10), exported - 2, 2));

        TrainingRunView run = reconcileToTheEnd(runId);

        assertThat(run.status()).isEqualTo(RunStatus.REJECTED);
        assertThat(run.reason()).contains("used " + (exported - 2) + " of the " + exported + " app ratings")
                .contains("2 rows dropped");
        assertThat(TrainingFixtures.servedRunId(dataSource)).contains("run-previous");
    }

    @Test
    void aRunWhoseJobUsedEveryExportedAppRatingIsJudgedOnItsRanking() throws IOException {
        long exported = TrainingFixtures.queryLong(dataSource, "SELECT count(*) FROM ratings");
        TrainingFixtures.jobWill("succeed");
        String runId = trigger.trigger(true).run().runId();
        TrainingFixtures.storeManifest(store, json, counted(TrainingFixtures.manifest(runId, 0.35, 0.10), exported, 0));

        assertThat(reconcileToTheEnd(runId).status()).isEqualTo(RunStatus.ACTIVE);
    }

    @Test
    void anAdminCanRollBackToAnEarlierModel() throws IOException {
        TrainingFixtures.activeRunUpToDate(dataSource, json, "run-previous", 0.30);
        TrainingFixtures.jobWill("succeed");
        String runId = trigger.trigger(true).run().runId();
        TrainingFixtures.storeManifest(store, json, TrainingFixtures.manifest(runId, 0.32, 0.10));
        assertThat(reconcileToTheEnd(runId).status()).isEqualTo(RunStatus.ACTIVE);

        modelSwitch.rollBack("run-previous", "admin@example.com");

        assertThat(TrainingFixtures.servedRunId(dataSource)).contains("run-previous");
        assertThat(runs.find(runId).orElseThrow().status()).isEqualTo(RunStatus.RETIRED);
        assertThat(activations.events).last().isEqualTo(new ServedRunChanged("run-previous", "models/run-previous"));
    }

    /** The manifest as a job that counts its input rows writes it. */
    private static Manifest counted(Manifest manifest, long appRatings, long appDropped) {
        Manifest.Counts c = manifest.counts();
        return new Manifest(manifest.runId(), manifest.createdAt(), manifest.parameters(),
                new Manifest.Counts(c.ratings(), c.movielensRatings(), appRatings, c.users(), c.appUsers(), c.movies(),
                        c.trainRatings(), c.testRatings(), c.usersWritten()),
                manifest.model(), manifest.baseline(), manifest.itemFactors(), manifest.popular(),
                new Manifest.DroppedRows(0, appDropped));
    }

    private TrainingRunView reconcileToTheEnd(String runId) {
        return TrainingFixtures.await(() -> {
            reconciler.reconcile();
            return runs.find(runId).orElseThrow();
        }, run -> !run.status().inProgress());
    }
}
