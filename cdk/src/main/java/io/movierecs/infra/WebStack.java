package io.movierecs.infra;

import java.util.List;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.cloudfront.Distribution;
import software.amazon.awscdk.services.elasticbeanstalk.CfnApplication;
import software.amazon.awscdk.services.elasticbeanstalk.CfnApplicationVersion;
import software.amazon.awscdk.services.elasticbeanstalk.CfnEnvironment;
import software.amazon.awscdk.services.iam.InstanceProfile;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.s3.assets.Asset;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

/**
 * The web app on Elastic Beanstalk behind CloudFront: application, version from the built jar,
 * environment, its roles, the JWT secret and the distribution that serves it over HTTPS.
 */
public class WebStack extends Stack {
    static final List<String> SERVICE_POLICIES = List.of("service-role/AWSElasticBeanstalkEnhancedHealth",
            "AWSElasticBeanstalkManagedUpdatesCustomerRolePolicy");

    private final CfnEnvironment environment;
    private final String httpsUrl;

    public WebStack(Construct scope, String id, WebStackProps props) {
        super(scope, id, StackProps.builder().description("movierecs web app: Elastic Beanstalk behind CloudFront").build());
        Secret jwtSecret = generatedSecret("JwtSecret", "movierecs: signs the users' JWTs", 64,
                "Rotated by hand (README 'Rotating secrets'): a new key signs everyone out, so it is an operator's call");
        Secret originSecret = generatedSecret("OriginSecret", "movierecs: header CloudFront sends and the load balancer "
                + "checks", 48, "Rotated by a redeploy after changing it (README 'Rotating secrets'): CloudFront and "
                + "the listener rule must switch together");
        Role instanceRole = WebInstanceRole.create(this, props, jwtSecret);
        InstanceProfile instanceProfile = InstanceProfile.Builder.create(this, "InstanceProfile")
                .role(instanceRole).build();
        Role serviceRole = Role.Builder.create(this, "ServiceRole")
                .assumedBy(new ServicePrincipal("elasticbeanstalk.amazonaws.com"))
                .managedPolicies(SERVICE_POLICIES.stream().map(ManagedPolicy::fromAwsManagedPolicyName).toList())
                .build();
        Nag.accept(serviceRole, "IAM4", "Beanstalk's documented service policies for enhanced health and managed "
                + "platform updates; AWS keeps them in step with the service", SERVICE_POLICIES.stream()
                .map(policy -> "Policy::arn:<AWS::Partition>:iam::aws:policy/" + policy).toArray(String[]::new));

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
                .optionSettings(WebEnvironmentSettings.of(props, instanceProfile, serviceRole, jwtSecret, originSecret)
                        .toList())
                .build();
        Distribution distribution = CloudFrontEdge.create(this, props.settings(), environment.getAttrEndpointUrl(),
                originSecret.getSecretValue().unsafeUnwrap());
        httpsUrl = "https://" + (props.settings().hasCustomDomain()
                ? props.settings().domainName() : distribution.getDistributionDomainName());
        CfnOutput.Builder.create(this, "WebUrl").value(httpsUrl)
                .description("The app's HTTPS address").build();
        CfnOutput.Builder.create(this, "CloudFrontDomainName").value(distribution.getDistributionDomainName())
                .description("Point domainName's DNS record (CNAME or alias) here").build();
    }

    private Secret generatedSecret(String id, String description, int length, String rotation) {
        Secret secret = Secret.Builder.create(this, id)
                .description(description)
                .generateSecretString(SecretStringGenerator.builder()
                        .passwordLength(length).excludePunctuation(true).build())
                .build();
        Nag.accept(secret, "SMG4", rotation);
        return secret;
    }

    public CfnEnvironment getBeanstalkEnvironment() {
        return environment;
    }

    /** Where users and the training schedule reach the app, such as {@code https://d111.cloudfront.net}. */
    public String getHttpsUrl() {
        return httpsUrl;
    }
}
