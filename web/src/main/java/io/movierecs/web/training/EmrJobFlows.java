package io.movierecs.web.training;

import io.movierecs.contracts.EmrClusterTags;
import io.movierecs.contracts.JobArguments;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.emr.model.ActionOnFailure;
import software.amazon.awssdk.services.emr.model.Application;
import software.amazon.awssdk.services.emr.model.AutoTerminationPolicy;
import software.amazon.awssdk.services.emr.model.HadoopJarStepConfig;
import software.amazon.awssdk.services.emr.model.InstanceGroupConfig;
import software.amazon.awssdk.services.emr.model.InstanceRoleType;
import software.amazon.awssdk.services.emr.model.JobFlowInstancesConfig;
import software.amazon.awssdk.services.emr.model.MarketType;
import software.amazon.awssdk.services.emr.model.RunJobFlowRequest;
import software.amazon.awssdk.services.emr.model.StepConfig;
import software.amazon.awssdk.services.emr.model.Tag;

/** The RunJobFlow request of one run: a cluster that exists for its one Spark step and no longer. */
final class EmrJobFlows {
    static final String RUN_ID_TAG = EmrClusterTags.RUN_ID_KEY;
    static final String NAME_PREFIX = "movierecs-training-";

    private EmrJobFlows() {
    }

    static RunJobFlowRequest request(EmrSettings emr, String runId, JobArguments arguments) {
        List<String> stepArgs = new ArrayList<>(List.of("spark-submit", "--deploy-mode", "cluster",
                "--class", emr.jobClass(), emr.jobJar()));
        stepArgs.addAll(arguments.toArgs());
        return RunJobFlowRequest.builder()
                .name(NAME_PREFIX + runId)
                .releaseLabel(emr.releaseLabel())
                .applications(Application.builder().name("Spark").build())
                .logUri(emr.logUri())
                .serviceRole(emr.serviceRole())
                .jobFlowRole(emr.instanceProfile())
                .visibleToAllUsers(true)
                .instances(JobFlowInstancesConfig.builder()
                        .instanceGroups(
                                group("master", InstanceRoleType.MASTER, MarketType.ON_DEMAND, emr.masterInstanceType(), 1),
                                group("core", InstanceRoleType.CORE, emr.coreSpot() ? MarketType.SPOT : MarketType.ON_DEMAND,
                                        emr.coreInstanceType(), emr.coreInstanceCount()))
                        .keepJobFlowAliveWhenNoSteps(false)
                        .ec2SubnetId(emr.subnetId())
                        .build())
                .steps(StepConfig.builder()
                        .name("train " + runId)
                        .actionOnFailure(ActionOnFailure.TERMINATE_CLUSTER)
                        .hadoopJarStep(HadoopJarStepConfig.builder().jar("command-runner.jar").args(stepArgs).build())
                        .build())
                .autoTerminationPolicy(AutoTerminationPolicy.builder().idleTimeout(emr.idleTimeout().toSeconds()).build())
                .tags(tags(emr, runId))
                .build();
    }

    private static InstanceGroupConfig group(String name, InstanceRoleType role, MarketType market, String type, int count) {
        return InstanceGroupConfig.builder().name(name).instanceRole(role).market(market)
                .instanceType(type).instanceCount(count).build();
    }

    private static List<Tag> tags(EmrSettings emr, String runId) {
        List<Tag> tags = new ArrayList<>(List.of(
                // The web role may launch, follow and stop only clusters with this tag (CDK WebInstanceRole).
                Tag.builder().key(EmrClusterTags.APPLICATION_KEY).value(EmrClusterTags.APPLICATION).build(),
                // AmazonEMRServicePolicy_v2, the service role the CDK deploys, acts only on clusters with this tag.
                Tag.builder().key(EmrClusterTags.EMR_MANAGED_POLICIES_KEY).value(EmrClusterTags.EMR_MANAGED_POLICIES).build(),
                Tag.builder().key(RUN_ID_TAG).value(runId).build()));
        for (Map.Entry<String, String> tag : (emr.tags() == null ? Map.<String, String>of() : emr.tags()).entrySet()) {
            tags.add(Tag.builder().key(tag.getKey()).value(tag.getValue()).build());
        }
        return tags;
    }
}
