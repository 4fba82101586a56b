package io.movierecs.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.movierecs.contracts.EmrClusterTags;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the web role needs to launch, follow and stop training clusters, each condition from AWS's
 * documentation: the Service Authorization Reference for Amazon EMR (RunJobFlow: no resource
 * types; condition keys aws:RequestTag/${TagKey}, aws:TagKeys, elasticmapreduce:RequestTag),
 * AmazonEMRFullAccessPolicy_v2 (the policy AWS gives a principal that launches clusters under
 * the v2 service policy) and the EMR Management Guide, "Tagging resources to use managed policies".
 */
class EmrLaunchPermissionsTest {
    private static List<Map<String, Object>> webRole;

    @BeforeAll
    static void synthesize() {
        webRole = TestDeployment.statementsOf(TestDeployment.template(TestDeployment.stacks().getWeb()), "InstanceRole");
    }

    /**
     * AmazonEMRFullAccessPolicy_v2, RunJobFlowExplicitlyWithEMRManagedTag: RunJobFlow only with
     * aws:RequestTag/for-use-with-amazon-emr-managed-policies=true, the tag the v2 service policy
     * needs on every instance, volume and ENI EMR creates (CreateEMRTaggedInstancesAndVolumes,
     * CreateNetworkInterfaceNeededForPrivateSubnet). The app's own tag scopes it further.
     */
    @Test
    void launchRequiresTheEmrManagedTagAndTheAppsTag() {
        assertThat(statement("elasticmapreduce:RunJobFlow"))
                .containsEntry("Resource", "*")
                .containsEntry("Condition", Map.of("StringEquals", Map.of(
                        "aws:RequestTag/for-use-with-amazon-emr-managed-policies", "true",
                        "aws:RequestTag/application", "movierecs")));
    }

    /** The condition names exactly the tags EmrJobFlows puts on the cluster (shared from contracts). */
    @Test
    void launchConditionUsesTheTagsTheAppSets() {
        assertThat(statement("elasticmapreduce:RunJobFlow").get("Condition").toString())
                .contains("aws:RequestTag/" + EmrClusterTags.APPLICATION_KEY + "=" + EmrClusterTags.APPLICATION)
                .contains("aws:RequestTag/" + EmrClusterTags.EMR_MANAGED_POLICIES_KEY + "="
                        + EmrClusterTags.EMR_MANAGED_POLICIES);
    }

    /**
     * Tags given in RunJobFlow need no elasticmapreduce:AddTags (RunJobFlow lists no dependent
     * action; the Management Guide's tag-on-create example grants RunJobFlow alone). Without AddTags
     * the role also cannot put the app's tag on someone else's cluster to reach it.
     */
    @Test
    void noTaggingPermissionOfItsOwn() {
        assertThat(webRole).extracting(statement -> statement.get("Action").toString())
                .noneMatch(action -> action.contains("AddTags") || action.contains("RemoveTags")
                        || action.contains("elasticmapreduce:*"));
    }

    /** DescribeCluster, ListSteps and TerminateJobFlows take the cluster resource and its tags (aws:ResourceTag). */
    @Test
    void followingAndStoppingOnlyOnClustersWithTheAppsTag() {
        Map<String, Object> statement = statement("elasticmapreduce:DescribeCluster");

        assertThat(statement.get("Action")).isEqualTo(WebInstanceRole.EMR_CLUSTER_ACTIONS);
        assertThat(statement.get("Resource").toString()).contains(":elasticmapreduce:").endsWith(":cluster/*]]}");
        assertThat(statement.get("Condition")).isEqualTo(Map.of("StringEquals", Map.of(
                "aws:ResourceTag/application", "movierecs")));
    }

    /**
     * RunJobFlow passes the service role to EMR and the instance profile's role to EC2; each may be
     * passed to that service only (AmazonEMRFullAccessPolicy_v2, PassRoleForElasticMapReduce and
     * PassRoleForEC2 use the same iam:PassedToService conditions).
     */
    @Test
    void passesEachEmrRoleToItsOwnServiceOnly() {
        List<Map<String, Object>> passRole = webRole.stream()
                .filter(statement -> "iam:PassRole".equals(statement.get("Action"))).toList();

        assertThat(passRole).hasSize(2)
                .anySatisfy(statement -> {
                    assertThat(statement.get("Resource").toString()).contains("EmrServiceRole");
                    assertThat(statement.get("Condition").toString()).contains("elasticmapreduce.amazonaws.com");
                })
                .anySatisfy(statement -> {
                    assertThat(statement.get("Resource").toString()).contains("EmrClusterRole");
                    assertThat(statement.get("Condition").toString()).contains("iam:PassedToService=ec2.amazonaws.com");
                });
    }

    /**
     * EMR creates AWSServiceRoleForEMRCleanup during the first cluster's creation when the account
     * lacks it, as the caller (Management Guide, "Using service-linked roles for Amazon EMR for
     * cleanup"; AmazonEMRFullAccessPolicy_v2, ElasticMapReduceServiceLinkedRole).
     */
    @Test
    void mayCreateEmrsCleanupRoleAndNoOtherServiceLinkedRole() {
        Map<String, Object> statement = statement("iam:CreateServiceLinkedRole");

        assertThat(statement.get("Resource").toString())
                .contains(":role/aws-service-role/elasticmapreduce.amazonaws.com*/AWSServiceRoleForEMRCleanup*");
        assertThat(statement.get("Condition")).isEqualTo(Map.of("StringEquals", Map.of(
                "iam:AWSServiceName", "elasticmapreduce.amazonaws.com")));
    }

    /**
     * The statements on Resource "*" are RunJobFlow's and PutMetricData's, both conditioned, and
     * ListClusters', which takes no resource and no condition key (Service Authorization Reference:
     * "ListClusters" lists no resource types) and which the launcher needs to find a cluster whose
     * RunJobFlow answer was lost.
     */
    @Test
    void nothingElseOnEveryResource() {
        assertThat(webRole).filteredOn(statement -> "*".equals(statement.get("Resource")))
                .extracting(statement -> statement.get("Action"))
                .containsExactlyInAnyOrder("elasticmapreduce:RunJobFlow", "cloudwatch:PutMetricData",
                        "elasticmapreduce:ListClusters");
        assertThat(webRole).filteredOn(statement -> "*".equals(statement.get("Resource")))
                .filteredOn(statement -> !"elasticmapreduce:ListClusters".equals(statement.get("Action")))
                .allSatisfy(statement -> assertThat(statement).containsKey("Condition"));
    }

    /** Every EMR call the launcher makes (web/training/EmrTrainingLauncher) is allowed to the web role. */
    @Test
    void everyCallTheLauncherMakesIsAllowed() {
        for (String action : List.of("elasticmapreduce:RunJobFlow", "elasticmapreduce:ListClusters",
                "elasticmapreduce:DescribeCluster", "elasticmapreduce:ListSteps", "elasticmapreduce:TerminateJobFlows")) {
            statement(action);
        }
    }

    private static Map<String, Object> statement(String action) {
        return webRole.stream()
                .filter(statement -> statement.get("Action").toString().contains(action))
                .findFirst().orElseThrow(() -> new AssertionError("no statement allows " + action));
    }
}
