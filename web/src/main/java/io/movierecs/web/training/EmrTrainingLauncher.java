package io.movierecs.web.training;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.movierecs.contracts.ModelLayout;
import io.movierecs.web.models.ModelStore;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.List;
import software.amazon.awssdk.services.emr.EmrClient;
import software.amazon.awssdk.services.emr.model.Cluster;
import software.amazon.awssdk.services.emr.model.ClusterState;
import software.amazon.awssdk.services.emr.model.StepState;
import software.amazon.awssdk.services.emr.model.StepSummary;

/** Trains on a transient EMR cluster; the handle is the cluster id. */
@Singleton
@Requires(property = "movierecs.training.launcher", value = "emr")
class EmrTrainingLauncher implements TrainingLauncher {
    private final EmrClient emr;
    private final EmrSettings settings;
    private final JobSettings job;
    private final ModelStore store;
    private final String recsTable;

    EmrTrainingLauncher(EmrClient emr, EmrSettings settings, JobSettings job, ModelStore store,
                        @Value("${movierecs.recommendations.table:movierecs-recommendations}") String recsTable) {
        this.emr = emr;
        this.settings = settings;
        this.job = job;
        this.store = store;
        this.recsTable = recsTable;
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
        var arguments = job.arguments(settings.movielens(), store.uri(ModelLayout.snapshotKey(runId)), runId,
                store.uri(ModelLayout.modelPrefix(runId)), recsTable);
        return emr.runJobFlow(EmrJobFlows.request(settings, runId, arguments)).jobFlowId();
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
