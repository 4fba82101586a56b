package io.movierecs.infra;

import io.movierecs.contracts.EmrClusterTags;
import io.movierecs.contracts.Metrics;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.constructs.Construct;

/**
 * The web instances' role: exactly the calls the app makes. Read the served model and write
 * ratings snapshots (S3, by prefix), read one user's list (DynamoDB GetItem), launch, follow and
 * stop its own EMR clusters (by their tag), read its three secrets, and publish metrics in its own
 * CloudWatch namespace.
 */
final class WebInstanceRole {
    static final String WEB_TIER_POLICY = "AWSElasticBeanstalkWebTier";
    static final String SESSION_MANAGER_POLICY = "AmazonSSMManagedInstanceCore";
    /** The EMR calls EmrTrainingLauncher makes on a cluster it launched. */
    static final List<String> EMR_CLUSTER_ACTIONS = List.of("elasticmapreduce:DescribeCluster",
            "elasticmapreduce:ListSteps", "elasticmapreduce:TerminateJobFlows");

    private WebInstanceRole() {
    }

    static Role create(Construct scope, WebStackProps props, ISecret jwtSecret) {
        Role role = Role.Builder.create(scope, "InstanceRole")
                .assumedBy(new ServicePrincipal("ec2.amazonaws.com"))
                .managedPolicies(List.of(ManagedPolicy.fromAwsManagedPolicyName(WEB_TIER_POLICY)))
                .description("movierecs web instances")
                .build();
        Nag.accept(role, "IAM4", "Beanstalk's documented instance policy (its agent's log uploads, log streaming "
                + "and bundle access); AWS keeps it in step with the platform", "Policy::arn:<AWS::Partition>:iam::aws:policy/"
                + WEB_TIER_POLICY);
        if (props.settings().shellAccess()) {
            role.addManagedPolicy(ManagedPolicy.fromAwsManagedPolicyName(SESSION_MANAGER_POLICY));
            Nag.accept(role, "IAM4", "Asked for with -c shellAccess=true: AWS's policy for Session Manager shells, "
                    + "the way to run operator commands on an instance without SSH", "Policy::arn:<AWS::Partition>:iam::aws:policy/"
                    + SESSION_MANAGER_POLICY);
        }
        new PrefixGrants(props.models(), role)
                .read(BucketPrefixes.MODELS)
                .write(BucketPrefixes.SNAPSHOTS)
                .listAll();
        role.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("dynamodb:GetItem"))
                .resources(List.of(props.recommendations().getTableArn()))
                .build());
        Nag.accept(role, "IAM5", "Object-level grants scoped to the prefixes the app reads (served models) and "
                + "writes (ratings snapshots)", Nag.objectsUnder(BucketPrefixes.MODELS),
                Nag.objectsUnder(BucketPrefixes.SNAPSHOTS));
        grantEmr(role, props.training());
        role.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("cloudwatch:PutMetricData"))
                .resources(List.of("*"))
                .conditions(Map.of("StringEquals", Map.of("cloudwatch:namespace", Metrics.NAMESPACE)))
                .build());
        props.database().getPassword().grantRead(role);
        props.training().getApiKey().grantRead(role);
        jwtSecret.grantRead(role);
        return role;
    }

    /**
     * RunJobFlow has no resource-level permissions, so the launch is conditioned on the tags the
     * request carries: the app's own tag, and the one AmazonEMRServicePolicy_v2 needs (as
     * AmazonEMRFullAccessPolicy_v2's RunJobFlowExplicitlyWithEMRManagedTag does). Tags given at
     * launch need no elasticmapreduce:AddTags, and the role has none, so it cannot tag another
     * cluster into its reach. Following and stopping need the cluster to carry the app's tag.
     */
    private static void grantEmr(Role role, TrainingStack training) {
        role.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("elasticmapreduce:RunJobFlow"))
                .resources(List.of("*"))
                .conditions(Map.of("StringEquals", Map.of(
                        "aws:RequestTag/" + EmrClusterTags.APPLICATION_KEY, EmrClusterTags.APPLICATION,
                        "aws:RequestTag/" + EmrClusterTags.EMR_MANAGED_POLICIES_KEY, EmrClusterTags.EMR_MANAGED_POLICIES)))
                .build());
        Stack stack = Stack.of(role);
        role.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(EMR_CLUSTER_ACTIONS)
                .resources(List.of("arn:" + stack.getPartition() + ":elasticmapreduce:" + stack.getRegion() + ":"
                        + stack.getAccount() + ":cluster/*"))
                .conditions(Map.of("StringEquals", Map.of(
                        "aws:ResourceTag/" + EmrClusterTags.APPLICATION_KEY, EmrClusterTags.APPLICATION)))
                .build());
        // A launch whose answer was lost is found again by its run's tag (EmrTrainingLauncher): listing
        // is the one way to find a cluster whose id the app never learnt. ListClusters has no resource
        // type and no condition keys (Service Authorization Reference), so it stands on "*" alone; it
        // reveals ids, names and states, and following a cluster still needs the app's tag.
        role.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("elasticmapreduce:ListClusters"))
                .resources(List.of("*"))
                .build());
        Nag.accept(role, "IAM5", "RunJobFlow and PutMetricData have no resource-level permissions (Service "
                + "Authorization Reference); their statements are conditioned on the tags the launch request carries "
                + "and on the app's metric namespace. ListClusters has neither resource types nor condition keys: it "
                + "finds the cluster of a launch whose answer was lost", "Resource::*");
        Nag.accept(role, "IAM5", "Cluster ids are not known in advance; the statement is conditioned on the "
                + "cluster carrying the app's tag", "/^Resource::arn:<AWS::Partition>:elasticmapreduce:.*:cluster\\/\\*$/");
        passRole(role, training.getServiceRole(), "elasticmapreduce.amazonaws.com");
        passRole(role, training.getClusterRole(), "ec2.amazonaws.com");
        // EMR creates its clean-up role during the first cluster's creation when the account lacks it,
        // with the caller's permission (AmazonEMRFullAccessPolicy_v2, ElasticMapReduceServiceLinkedRole).
        role.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("iam:CreateServiceLinkedRole"))
                .resources(List.of("arn:" + stack.getPartition() + ":iam::" + stack.getAccount()
                        + ":role/aws-service-role/elasticmapreduce.amazonaws.com*/AWSServiceRoleForEMRCleanup*"))
                .conditions(Map.of("StringEquals", Map.of("iam:AWSServiceName", "elasticmapreduce.amazonaws.com")))
                .build());
        Nag.accept(role, "IAM5", "The service-linked role's path and name suffix are EMR's; the statement is "
                + "conditioned on iam:AWSServiceName", "/^Resource::.*AWSServiceRoleForEMRCleanup\\*$/");
    }

    private static void passRole(Role role, Role passed, String toService) {
        role.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("iam:PassRole"))
                .resources(List.of(passed.getRoleArn()))
                .conditions(Map.of("StringEquals", Map.of("iam:PassedToService", toService)))
                .build());
    }
}
