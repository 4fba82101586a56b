package io.movierecs.infra;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.iam.InstanceProfile;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.s3.assets.Asset;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

/**
 * What a training run needs in AWS besides the web app: the job jar, the EMR roles and the API key
 * the schedule authenticates with. The web app launches the clusters itself (RunJobFlow), so no
 * cluster is defined here.
 */
public class TrainingStack extends Stack {
    static final String EMR_MANAGED_SERVICE_POLICY = "service-role/AmazonEMRServicePolicy_v2";

    private final Asset jobJar;
    private final Role serviceRole;
    private final Role clusterRole;
    private final InstanceProfile clusterInstanceProfile;
    private final Secret apiKey;
    private final String logUri;
    private final String movielensUri;
    private final DeployConfig.EmrCluster cluster;

    public TrainingStack(Construct scope, String id, TrainingStackProps props) {
        super(scope, id, StackProps.builder()
                .description("movierecs training: EMR roles, job jar and the training API key").build());
        cluster = props.cluster();
        jobJar = Asset.Builder.create(this, "JobJar").path(BuildOutputs.require(props.jobJar())).build();
        serviceRole = Role.Builder.create(this, "EmrServiceRole")
                .assumedBy(new ServicePrincipal("elasticmapreduce.amazonaws.com"))
                .managedPolicies(List.of(ManagedPolicy.fromAwsManagedPolicyName(EMR_MANAGED_SERVICE_POLICY)))
                .description("EMR provisions the training clusters with this role")
                .build();
        Nag.accept(serviceRole, "IAM4", "AmazonEMRServicePolicy_v2 is EMR's own scoped service policy: it acts only on "
                + "resources tagged for-use-with-amazon-emr-managed-policies=true, and AWS keeps it current",
                "Policy::arn:<AWS::Partition>:iam::aws:policy/" + EMR_MANAGED_SERVICE_POLICY);
        clusterRole = Role.Builder.create(this, "EmrClusterRole")
                .assumedBy(new ServicePrincipal("ec2.amazonaws.com"))
                .description("The training cluster's instances: their inputs, outputs and logs, and writes to the table")
                .build();
        grantClusterAccess(props);
        allowEmrToPassTheClusterRole();
        clusterInstanceProfile = InstanceProfile.Builder.create(this, "EmrClusterInstanceProfile")
                .role(clusterRole).build();
        apiKey = Secret.Builder.create(this, "ApiKey")
                .description("movierecs: X-Api-Key that POST /internal/training-runs accepts")
                .generateSecretString(SecretStringGenerator.builder()
                        .passwordLength(48).excludePunctuation(true).build())
                .build();
        Nag.accept(apiKey, "SMG4", "Rotated by hand (README 'Rotating secrets'): EventBridge's connection and the "
                + "app must switch together, which a redeploy does");
        logUri = props.models().s3UrlForObject(BucketPrefixes.EMR_LOGS);
        movielensUri = props.models().s3UrlForObject(BucketPrefixes.MOVIELENS);
    }

    /**
     * The job reads MovieLens and its run's snapshot, writes the model and its step logs, and
     * writes top-N lists with BatchWriteItem: nothing else, and never a delete.
     */
    private void grantClusterAccess(TrainingStackProps props) {
        new PrefixGrants(props.models(), clusterRole)
                .read(BucketPrefixes.MOVIELENS, BucketPrefixes.SNAPSHOTS)
                .list(BucketPrefixes.MOVIELENS, BucketPrefixes.SNAPSHOTS, BucketPrefixes.EMR_LOGS)
                .write(BucketPrefixes.MODELS, BucketPrefixes.EMR_LOGS);
        clusterRole.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("dynamodb:BatchWriteItem"))
                .resources(List.of(props.recommendations().getTableArn()))
                .build());
        // The jar only, not the whole bootstrap assets bucket that Asset#grantRead would open.
        clusterRole.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:GetObject"))
                .resources(List.of(jobJar.getBucket().arnForObjects(jobJar.getS3ObjectKey())))
                .build());
        Nag.accept(clusterRole, "IAM5", "Object-level grants scoped to the top-level prefixes a run reads "
                + "(MovieLens, its snapshot) and writes (its model, its step logs)",
                Nag.objectsUnder(BucketPrefixes.MOVIELENS), Nag.objectsUnder(BucketPrefixes.SNAPSHOTS),
                Nag.objectsUnder(BucketPrefixes.MODELS), Nag.objectsUnder(BucketPrefixes.EMR_LOGS));
    }

    /**
     * AmazonEMRServicePolicy_v2 lets EMR pass only a role named EMR_EC2_DefaultRole to EC2
     * (statement PassRoleForEC2). This cluster role has another name, so the service role gets
     * its own PassRole for it, to EC2 only.
     */
    private void allowEmrToPassTheClusterRole() {
        serviceRole.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("iam:PassRole"))
                .resources(List.of(clusterRole.getRoleArn()))
                .conditions(Map.of("StringEquals", Map.of("iam:PassedToService", "ec2.amazonaws.com")))
                .build());
    }

    /** s3:// URI of the uploaded job jar. */
    public String getJobJarUri() {
        return jobJar.getS3ObjectUrl();
    }

    public Role getServiceRole() {
        return serviceRole;
    }

    public Role getClusterRole() {
        return clusterRole;
    }

    public InstanceProfile getClusterInstanceProfile() {
        return clusterInstanceProfile;
    }

    public Secret getApiKey() {
        return apiKey;
    }

    public String getLogUri() {
        return logUri;
    }

    public String getMovielensUri() {
        return movielensUri;
    }

    public DeployConfig.EmrCluster getCluster() {
        return cluster;
    }
}
