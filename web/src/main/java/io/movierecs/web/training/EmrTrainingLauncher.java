package io.movierecs.web.training;

import io.micronaut.context.annotation.Requires;
import io.movierecs.contracts.ModelLayout;
import io.movierecs.web.models.ModelStore;
import io.movierecs.web.recommendations.RecommendationSettings;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.emr.EmrClient;
import software.amazon.awssdk.services.emr.model.Cluster;
import software.amazon.awssdk.services.emr.model.ClusterState;
import software.amazon.awssdk.services.emr.model.ClusterSummary;
import software.amazon.awssdk.services.emr.model.StepState;
import software.amazon.awssdk.services.emr.model.StepSummary;

/**
 * Trains on a transient EMR cluster; the handle is the cluster id, and the cluster is tagged with
 * its run id. RunJobFlow has no idempotency token, so a launch first looks for a live cluster of
 * the run, is never retried by the SDK (see the client's factory), and when it fails looks again:
 * a cluster that started although its answer was lost is adopted.
 */
@Singleton
@Requires(property = "movierecs.training.launcher", value = "emr")
class EmrTrainingLauncher implements TrainingLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(EmrTrainingLauncher.class);
    private static final List<ClusterState> LIVE = List.of(ClusterState.STARTING, ClusterState.BOOTSTRAPPING,
            ClusterState.RUNNING, ClusterState.WAITING);

    private final EmrClient emr;
    private final EmrSettings settings;
    private final JobSettings job;
    private final ModelStore store;
    private final String recsTable;

    EmrTrainingLauncher(EmrClient emr, EmrSettings settings, JobSettings job, ModelStore store,
                        RecommendationSettings recommendations) {
        this.emr = emr;
        this.settings = settings;
        this.job = job;
        this.store = store;
        this.recsTable = recommendations.getTable();
    }

    @Override
    public String name() {
        return "emr";
    }

    @Override
    public String launch(String runId) throws IOException {
        if (settings.jobJar() == null || settings.movielens() == null) {
            throw new IOException("movierecs.training.emr.job-jar and movierecs.training.emr.movielens must be set");
        }
        Optional<String> running = find(runId);
        if (running.isPresent()) {
            LOG.info("Run {} already has cluster {}: adopting it", runId, running.get());
            return running.get();
        }
        var arguments = job.arguments(settings.movielens(), store.uri(ModelLayout.snapshotKey(runId)), runId,
                store.uri(ModelLayout.modelPrefix(runId)), recsTable);
        try {
            return emr.runJobFlow(EmrJobFlows.request(settings, runId, arguments)).jobFlowId();
        } catch (SdkException e) {
            Optional<String> started = find(runId);
            if (started.isPresent()) {
                LOG.warn("RunJobFlow for run {} failed ({}), but its cluster {} started: adopting it", runId, e.toString(),
                        started.get());
                return started.get();
            }
            throw e;
        }
    }

    /** Live clusters named for a training run, confirmed by their run-id tag. */
    @Override
    public List<Job> liveJobs() {
        List<Job> jobs = new ArrayList<>();
        for (ClusterSummary summary : emr.listClustersPaginator(r -> r.clusterStates(LIVE)).clusters()) {
            if (summary.name() == null || !summary.name().startsWith(EmrJobFlows.NAME_PREFIX)) {
                continue;
            }
            emr.describeCluster(r -> r.clusterId(summary.id())).cluster().tags().stream()
                    .filter(tag -> EmrJobFlows.RUN_ID_TAG.equals(tag.key()))
                    .findFirst()
                    .ifPresent(tag -> jobs.add(new Job(tag.value(), summary.id())));
        }
        return jobs;
    }

    @Override
    public JobState state(String runId, String clusterId) {
        List<StepSummary> steps = emr.listSteps(r -> r.clusterId(clusterId)).steps();
        if (!steps.isEmpty()) {
            StepSummary step = steps.get(0);
            StepState state = step.status().state();
            switch (state) {
                case COMPLETED:
                    return new JobState(JobState.Phase.SUCCEEDED, "step " + step.id() + " completed");
                case FAILED, CANCELLED, INTERRUPTED:
                    String why = step.status().failureDetails() == null ? "" : ": " + step.status().failureDetails().message();
                    return new JobState(JobState.Phase.FAILED, "step " + step.id() + " " + state + why);
                case RUNNING:
                    return new JobState(JobState.Phase.RUNNING, "cluster " + clusterId + " step " + step.id() + " running");
                default:
                    break;
            }
        }
        Cluster cluster = emr.describeCluster(r -> r.clusterId(clusterId)).cluster();
        ClusterState clusterState = cluster.status().state();
        if (clusterState == ClusterState.TERMINATED || clusterState == ClusterState.TERMINATED_WITH_ERRORS) {
            var reason = cluster.status().stateChangeReason();
            return new JobState(JobState.Phase.FAILED, "cluster " + clusterId + " " + clusterState
                    + (reason == null ? "" : ": " + reason.message()));
        }
        return new JobState(JobState.Phase.STARTING, "cluster " + clusterId + " " + clusterState);
    }

    @Override
    public void stop(String runId, String clusterId) {
        emr.terminateJobFlows(r -> r.jobFlowIds(clusterId));
    }
}
