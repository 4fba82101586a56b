package io.movierecs.infra;

import java.util.List;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.iam.InstanceProfile;
import software.amazon.awscdk.services.iam.ManagedPolicy;
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
                .managedPolicies(List.of(
                        ManagedPolicy.fromAwsManagedPolicyName("service-role/AmazonEMRServicePolicy_v2")))
                .description("EMR provisions the training clusters with this role")
                .build();
        clusterRole = Role.Builder.create(this, "EmrClusterRole")
                .assumedBy(new ServicePrincipal("ec2.amazonaws.com"))
                .description("The training cluster's instances: the model bucket and writes to the table")
                .build();
        props.models().grantReadWrite(clusterRole);
        props.recommendations().grantWriteData(clusterRole);
        // The jar only, not the whole bootstrap assets bucket that Asset#grantRead would open.
        jobJar.getBucket().grantRead(clusterRole, jobJar.getS3ObjectKey());
        clusterRole.grantPassRole(serviceRole);
        clusterInstanceProfile = InstanceProfile.Builder.create(this, "EmrClusterInstanceProfile")
                .role(clusterRole).build();
        apiKey = Secret.Builder.create(this, "ApiKey")
                .description("movierecs: X-Api-Key that POST /internal/training-runs accepts")
                .generateSecretString(SecretStringGenerator.builder()
                        .passwordLength(48).excludePunctuation(true).build())
                .build();
        logUri = props.models().s3UrlForObject(BucketPrefixes.EMR_LOGS);
        movielensUri = props.models().s3UrlForObject(BucketPrefixes.MOVIELENS);
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
