package io.movierecs.infra;

import java.util.List;
import java.util.stream.Collectors;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.ISubnet;
import software.amazon.awscdk.services.iam.InstanceProfile;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.secretsmanager.ISecret;

/**
 * The Beanstalk option settings of the web environment: capacity, network, load balancer, how
 * deploys and platform updates roll, logs, and the app's configuration. Variable names follow
 * Micronaut's mapping of environment variables to properties (MOVIERECS_MODELS_BUCKET is
 * movierecs.models.bucket).
 */
final class WebEnvironmentSettings {
    static final String HEALTH_CHECK_PATH = "/health";
    static final String PORT = "5000";
    /** Read by .ebextensions/cloudfront-origin.config (Fn::GetOptionSetting) for the listener rule. */
    static final String CUSTOM_OPTIONS = "aws:elasticbeanstalk:customoption";
    static final String ORIGIN_SECRET_OPTION = "OriginVerifySecret";
    /** CloudFront, the load balancer and nginx each append one address to X-Forwarded-For. */
    static final String TRUSTED_PROXIES = "3";

    private WebEnvironmentSettings() {
    }

    static EnvironmentOptions of(WebStackProps props, InstanceProfile instanceProfile, Role serviceRole,
                                 ISecret jwtSecret, ISecret originSecret) {
        DeployConfig.WebSettings web = props.settings();
        String loadBalancerGroup = props.loadBalancerSecurityGroup().getSecurityGroupId();
        EnvironmentOptions options = new EnvironmentOptions()
                .set("aws:elasticbeanstalk:environment", "EnvironmentType", "LoadBalanced")
                .set("aws:elasticbeanstalk:environment", "LoadBalancerType", "application")
                .set("aws:elasticbeanstalk:environment", "ServiceRole", serviceRole.getRoleArn())
                .set("aws:elasticbeanstalk:environment:process:default", "HealthCheckPath", HEALTH_CHECK_PATH)
                .set("aws:elasticbeanstalk:environment:process:default", "Port", PORT)
                .set("aws:elasticbeanstalk:healthreporting:system", "SystemType", "enhanced")
                .set("aws:autoscaling:launchconfiguration", "IamInstanceProfile",
                        instanceProfile.getInstanceProfileName())
                .set("aws:autoscaling:launchconfiguration", "SecurityGroups",
                        props.webSecurityGroup().getSecurityGroupId())
                .set("aws:autoscaling:launchconfiguration", "DisableIMDSv1", "true")
                .set("aws:ec2:instances", "InstanceTypes", web.instanceType())
                .set("aws:autoscaling:asg", "MinSize", Integer.toString(web.minInstances()))
                .set("aws:autoscaling:asg", "MaxSize", Integer.toString(web.maxInstances()))
                .set("aws:ec2:vpc", "VPCId", props.vpc().getVpcId())
                .set("aws:ec2:vpc", "Subnets", subnetIds(props.vpc().getPrivateSubnets()))
                .set("aws:ec2:vpc", "ELBSubnets", subnetIds(props.vpc().getPublicSubnets()))
                .set("aws:ec2:vpc", "ELBScheme", "public")
                .set("aws:ec2:vpc", "AssociatePublicIpAddress", "false")
                // Our group (CloudFront's prefix list only) instead of the one Beanstalk opens to 0.0.0.0/0.
                .set("aws:elbv2:loadbalancer", "SecurityGroups", loadBalancerGroup)
                .set("aws:elbv2:loadbalancer", "ManagedSecurityGroup", loadBalancerGroup)
                .set(CUSTOM_OPTIONS, ORIGIN_SECRET_OPTION, originSecret.getSecretValue().unsafeUnwrap());
        rollout(options);
        options.set("aws:elasticbeanstalk:hostmanager", "LogPublicationControl", "true")
                .set("aws:elasticbeanstalk:cloudwatch:logs", "StreamLogs", "true")
                .set("aws:elasticbeanstalk:cloudwatch:logs", "RetentionInDays", Integer.toString(props.logRetentionDays()))
                .set("aws:elasticbeanstalk:cloudwatch:logs", "DeleteOnTerminate", "false");
        return appConfiguration(options, props, jwtSecret);
    }

    /**
     * Deploys and configuration changes start new instances, wait for them to pass the health
     * check, then retire the old ones: with one instance, a rolling deploy would take the site down.
     * Platform patches (same minor version) apply themselves weekly, the same immutable way; a new
     * minor version is a reviewed change of solutionStack in cdk.json.
     */
    private static void rollout(EnvironmentOptions options) {
        options.set("aws:elasticbeanstalk:command", "DeploymentPolicy", "Immutable")
                .set("aws:autoscaling:updatepolicy:rollingupdate", "RollingUpdateEnabled", "true")
                .set("aws:autoscaling:updatepolicy:rollingupdate", "RollingUpdateType", "Immutable")
                .set("aws:elasticbeanstalk:managedactions", "ManagedActionsEnabled", "true")
                .set("aws:elasticbeanstalk:managedactions", "PreferredStartTime", "Sun:03:00")
                .set("aws:elasticbeanstalk:managedactions:platformupdate", "UpdateLevel", "patch");
    }

    private static EnvironmentOptions appConfiguration(EnvironmentOptions options, WebStackProps props,
                                                       ISecret jwtSecret) {
        DatabaseStack database = props.database();
        TrainingStack training = props.training();
        DeployConfig.EmrCluster cluster = training.getCluster();
        return options
                .variable("PORT", PORT)
                .variable("MICRONAUT_ENVIRONMENTS", "ec2,production")
                .variable("MOVIERECS_TRUSTED_PROXIES", TRUSTED_PROXIES)
                .variable("MOVIERECS_AWS_REGION", Stack.of(props.vpc()).getRegion())
                .variable("MOVIERECS_DB_URL", database.getJdbcUrl())
                .variable("MOVIERECS_DB_USER", database.getUser())
                .secret("MOVIERECS_DB_PASSWORD", database.getPassword())
                .secret("MOVIERECS_JWT_SECRET", jwtSecret)
                .secret("MOVIERECS_TRAINING_API_KEY", training.getApiKey())
                .variable("MOVIERECS_RECOMMENDATIONS_TABLE", props.recommendations().getTableName())
                .variable("MOVIERECS_MODELS_BUCKET", props.models().getBucketName())
                .variable("MOVIERECS_TRAINING_EMR_RELEASE_LABEL", cluster.releaseLabel())
                .variable("MOVIERECS_TRAINING_EMR_MASTER_INSTANCE_TYPE", cluster.masterInstanceType())
                .variable("MOVIERECS_TRAINING_EMR_CORE_INSTANCE_TYPE", cluster.coreInstanceType())
                .variable("MOVIERECS_TRAINING_EMR_CORE_INSTANCE_COUNT", Integer.toString(cluster.coreInstanceCount()))
                .variable("MOVIERECS_TRAINING_EMR_CORE_SPOT", Boolean.toString(cluster.coreSpot()))
                .variable("MOVIERECS_TRAINING_EMR_SERVICE_ROLE", training.getServiceRole().getRoleName())
                .variable("MOVIERECS_TRAINING_EMR_INSTANCE_PROFILE",
                        training.getClusterInstanceProfile().getInstanceProfileName())
                .variable("MOVIERECS_TRAINING_EMR_LOG_URI", training.getLogUri())
                .variable("MOVIERECS_TRAINING_EMR_JOB_JAR", training.getJobJarUri())
                .variable("MOVIERECS_TRAINING_EMR_MOVIELENS", training.getMovielensUri())
                .variable("MOVIERECS_TRAINING_EMR_SUBNET_ID", props.vpc().getPrivateSubnets().get(0).getSubnetId());
    }

    private static String subnetIds(List<ISubnet> subnets) {
        return subnets.stream().map(ISubnet::getSubnetId).collect(Collectors.joining(","));
    }
}
