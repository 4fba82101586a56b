package io.movierecs.infra;

import java.util.List;
import java.util.stream.Collectors;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.ISubnet;
import software.amazon.awscdk.services.iam.InstanceProfile;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.secretsmanager.ISecret;

/**
 * The Beanstalk option settings of the web environment: capacity, network, health check and the
 * app's configuration. Variable names follow Micronaut's mapping of environment variables to
 * properties (MOVIERECS_MODELS_BUCKET is movierecs.models.bucket).
 */
final class WebEnvironmentSettings {
    static final String HEALTH_CHECK_PATH = "/health";
    static final String PORT = "5000";

    private WebEnvironmentSettings() {
    }

    static EnvironmentOptions of(WebStackProps props, InstanceProfile instanceProfile, Role serviceRole,
                                 ISecret jwtSecret) {
        DeployConfig.WebSettings web = props.settings();
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
                .set("aws:ec2:vpc", "AssociatePublicIpAddress", "false");
        if (web.certificateArn() != null) {
            options.set("aws:elbv2:listener:443", "ListenerEnabled", "true")
                    .set("aws:elbv2:listener:443", "Protocol", "HTTPS")
                    .set("aws:elbv2:listener:443", "SSLCertificateArns", web.certificateArn());
        }
        if (web.admins() != null) {
            options.variable("MOVIERECS_ADMINS", web.admins());
        }
        return appConfiguration(options, props, jwtSecret);
    }

    private static EnvironmentOptions appConfiguration(EnvironmentOptions options, WebStackProps props,
                                                       ISecret jwtSecret) {
        DatabaseStack database = props.database();
        TrainingStack training = props.training();
        DeployConfig.EmrCluster cluster = training.getCluster();
        return options
                .variable("PORT", PORT)
                .variable("MICRONAUT_ENVIRONMENTS", "ec2,production")
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
