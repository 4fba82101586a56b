package io.movierecs.infra;

import java.util.List;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.elasticbeanstalk.CfnApplication;
import software.amazon.awscdk.services.elasticbeanstalk.CfnApplicationVersion;
import software.amazon.awscdk.services.elasticbeanstalk.CfnEnvironment;
import software.amazon.awscdk.services.iam.InstanceProfile;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.s3.assets.Asset;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

/** The web app on Elastic Beanstalk: application, version from the built jar, environment and its role. */
public class WebStack extends Stack {
    /** What the app does with EMR: launch a run's cluster, follow it, stop it when stuck. */
    static final List<String> EMR_ACTIONS = List.of("elasticmapreduce:RunJobFlow",
            "elasticmapreduce:DescribeCluster", "elasticmapreduce:ListSteps", "elasticmapreduce:TerminateJobFlows");

    private final Role instanceRole;
    private final Secret jwtSecret;
    private final CfnEnvironment environment;

    public WebStack(Construct scope, String id, WebStackProps props) {
        super(scope, id, StackProps.builder().description("movierecs web app on Elastic Beanstalk").build());
        jwtSecret = Secret.Builder.create(this, "JwtSecret")
                .description("movierecs: signs the users' JWTs")
                .generateSecretString(SecretStringGenerator.builder()
                        .passwordLength(64).excludePunctuation(true).build())
                .build();
        instanceRole = Role.Builder.create(this, "InstanceRole")
                .assumedBy(new ServicePrincipal("ec2.amazonaws.com"))
                .managedPolicies(List.of(ManagedPolicy.fromAwsManagedPolicyName("AWSElasticBeanstalkWebTier")))
                .description("movierecs web instances")
                .build();
        grantAppAccess(props);
        InstanceProfile instanceProfile = InstanceProfile.Builder.create(this, "InstanceProfile")
                .role(instanceRole).build();
        Role serviceRole = Role.Builder.create(this, "ServiceRole")
                .assumedBy(new ServicePrincipal("elasticbeanstalk.amazonaws.com"))
                .managedPolicies(List.of(
                        ManagedPolicy.fromAwsManagedPolicyName("service-role/AWSElasticBeanstalkEnhancedHealth"),
                        ManagedPolicy.fromAwsManagedPolicyName("AWSElasticBeanstalkManagedUpdatesCustomerRolePolicy")))
                .build();

        Asset bundle = Asset.Builder.create(this, "SourceBundle")
                .path(SourceBundle.assemble(props.build()).toString()).build();
        CfnApplication application = CfnApplication.Builder.create(this, "Application")
                .description("movierecs web app").build();
        CfnApplicationVersion version = CfnApplicationVersion.Builder.create(this, "Version")
                .applicationName(application.getRef())
                .sourceBundle(CfnApplicationVersion.SourceBundleProperty.builder()
                        .s3Bucket(bundle.getS3BucketName()).s3Key(bundle.getS3ObjectKey()).build())
                .build();
        version.getNode().addDependency(application);
        environment = CfnEnvironment.Builder.create(this, "Environment")
                .applicationName(application.getRef())
                .solutionStackName(props.settings().solutionStack())
                .versionLabel(version.getRef())
                .optionSettings(WebEnvironmentSettings.of(props, instanceProfile, serviceRole, jwtSecret).toList())
                .build();
        CfnOutput.Builder.create(this, "EnvironmentUrl").value("http://" + environment.getAttrEndpointUrl())
                .description("The load balancer; point domainName's DNS record (CNAME) here").build();
    }

    private void grantAppAccess(WebStackProps props) {
        TrainingStack training = props.training();
        props.recommendations().grantReadData(instanceRole);
        props.models().grantReadWrite(instanceRole);
        instanceRole.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(EMR_ACTIONS)
                .resources(List.of("*"))
                .build());
        training.getServiceRole().grantPassRole(instanceRole);
        training.getClusterRole().grantPassRole(instanceRole);
        props.database().getPassword().grantRead(instanceRole);
        training.getApiKey().grantRead(instanceRole);
        jwtSecret.grantRead(instanceRole);
    }

    public Role getInstanceRole() {
        return instanceRole;
    }

    public Secret getJwtSecret() {
        return jwtSecret;
    }

    /** The environment's own address (its load balancer's DNS name). */
    public String getEndpointUrl() {
        return environment.getAttrEndpointUrl();
    }
}
