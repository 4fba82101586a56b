package io.movierecs.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class WebStackTest {
    private static final String ENVIRONMENT = "aws:elasticbeanstalk:application:environment";
    private static final String SECRETS = "aws:elasticbeanstalk:application:environmentsecrets";
    private static Template template;
    private static List<Map<String, Object>> instanceRole;

    @BeforeAll
    static void synthesize() {
        template = TestDeployment.template(TestDeployment.stacks().getWeb());
        instanceRole = TestDeployment.statementsOf(template, "InstanceRole");
    }

    @Test
    void loadBalancerChecksHealthOnSlashHealth() {
        hasOption("aws:elasticbeanstalk:environment:process:default", "HealthCheckPath", "/health");
    }

    @Test
    void appRunsWithTheEc2AndProductionEnvironments() {
        hasOption(ENVIRONMENT, "MICRONAUT_ENVIRONMENTS", "ec2,production");
    }

    @Test
    void appListensOnThePortTheProxyForwardsTo() {
        hasOption(ENVIRONMENT, "PORT", "5000");
        hasOption("aws:elasticbeanstalk:environment:process:default", "Port", "5000");
    }

    /** CloudFront, the load balancer and nginx each append an address to X-Forwarded-For. */
    @Test
    void appTrustsThreeProxyHops() {
        hasOption(ENVIRONMENT, "MOVIERECS_TRUSTED_PROXIES", "3");
    }

    @Test
    void appIsToldItsDatabaseUrlWithTlsVerified() {
        hasOption(ENVIRONMENT, "MOVIERECS_DB_URL", Map.of("Fn::Join", List.of("", Match.arrayWith(List.of(
                "jdbc:postgresql://", Map.of("Fn::ImportValue", Match.stringLikeRegexp(".*EndpointAddress.*")),
                ":5432/movierecs?sslmode=verify-full&sslrootcert=" + DatabaseStack.CA_BUNDLE)))));
    }

    @Test
    void appIsToldItsTableAndBucket() {
        hasOption(ENVIRONMENT, "MOVIERECS_RECOMMENDATIONS_TABLE", importOf("Recommendations"));
        hasOption(ENVIRONMENT, "MOVIERECS_MODELS_BUCKET", importOf("Models"));
    }

    @Test
    void appGetsItsSecretsFromSecretsManagerThroughBeanstalk() {
        hasOption(SECRETS, "MOVIERECS_DB_PASSWORD", importOf("Password"));
        hasOption(SECRETS, "MOVIERECS_TRAINING_API_KEY", importOf("ApiKey"));
        hasOption(SECRETS, "MOVIERECS_JWT_SECRET", Map.of("Ref", Match.stringLikeRegexp("JwtSecret.*")));
    }

    @Test
    void appLaunchesEmrWithTheTrainingStacksRolesAndJar() {
        hasOption(ENVIRONMENT, "MOVIERECS_TRAINING_EMR_RELEASE_LABEL", Match.stringLikeRegexp("emr-7\\..*"));
        hasOption(ENVIRONMENT, "MOVIERECS_TRAINING_EMR_SERVICE_ROLE", importOf("EmrServiceRole"));
        hasOption(ENVIRONMENT, "MOVIERECS_TRAINING_EMR_INSTANCE_PROFILE", importOf("EmrClusterInstanceProfile"));
        hasOption(ENVIRONMENT, "MOVIERECS_TRAINING_EMR_SUBNET_ID", importOf("privateSubnet"));
        hasOption(ENVIRONMENT, "MOVIERECS_TRAINING_EMR_JOB_JAR", Map.of("Fn::Sub", Match.stringLikeRegexp(
                "s3://cdk-.*-assets-.*\\.jar")));
    }

    @Test
    void coreNodesRunOnDemandUnlessSpotIsAskedFor() {
        hasOption(ENVIRONMENT, "MOVIERECS_TRAINING_EMR_CORE_SPOT", "false");
        Template spot = TestDeployment.template(TestDeployment.deploy(Map.of("emrCoreSpot", "true")).getWeb());
        spot.hasResourceProperties("AWS::ElasticBeanstalk::Environment", Match.objectLike(Map.of(
                "OptionSettings", Match.arrayWith(List.of(Map.of("Namespace", ENVIRONMENT,
                        "OptionName", "MOVIERECS_TRAINING_EMR_CORE_SPOT", "Value", "true"))))));
    }

    @Test
    void instancesRunInPrivateSubnetsBehindAPublicLoadBalancer() {
        hasOption("aws:ec2:vpc", "AssociatePublicIpAddress", "false");
        hasOption("aws:ec2:vpc", "ELBScheme", "public");
        assertThat(optionValue("aws:ec2:vpc", "Subnets")).contains("privateSubnet").doesNotContain("publicSubnet");
    }

    @Test
    void instancesCarryTheSecurityGroupTheDatabaseAdmits() {
        hasOption("aws:autoscaling:launchconfiguration", "SecurityGroups", importOf("WebInstances"));
    }

    /** Beanstalk would otherwise give the load balancer a group open to 0.0.0.0/0 on port 80. */
    @Test
    void loadBalancerUsesTheGroupThatAdmitsCloudFrontOnly() {
        hasOption("aws:elbv2:loadbalancer", "SecurityGroups", importOf("LoadBalancer"));
        hasOption("aws:elbv2:loadbalancer", "ManagedSecurityGroup", importOf("LoadBalancer"));
    }

    /** No HTTPS listener on the load balancer and no port 443 setting: CloudFront terminates TLS. */
    @Test
    void loadBalancerListensOnPort80ForCloudFrontOnly() {
        assertThat(template.findResources("AWS::ElasticBeanstalk::Environment").toString())
                .doesNotContain("aws:elbv2:listener:443");
    }

    @Test
    void listenerRuleIsGivenTheOriginSecretThroughACustomOption() {
        hasOption("aws:elasticbeanstalk:customoption", "OriginVerifySecret", Map.of("Fn::Join", List.of("",
                Match.arrayWith(List.of("{{resolve:secretsmanager:", Map.of("Ref", Match.stringLikeRegexp("OriginSecret.*")))))));
    }

    /** Immutable: new instances pass the health check before old ones go, so one instance means no downtime. */
    @Test
    void deploysAndConfigurationChangesAreImmutable() {
        hasOption("aws:elasticbeanstalk:command", "DeploymentPolicy", "Immutable");
        hasOption("aws:autoscaling:updatepolicy:rollingupdate", "RollingUpdateType", "Immutable");
        hasOption("aws:autoscaling:updatepolicy:rollingupdate", "RollingUpdateEnabled", "true");
    }

    @Test
    void platformPatchesApplyThemselvesAndMinorVersionsAreReviewed() {
        hasOption("aws:elasticbeanstalk:managedactions", "ManagedActionsEnabled", "true");
        hasOption("aws:elasticbeanstalk:managedactions:platformupdate", "UpdateLevel", "patch");
        template.hasResourceProperties("AWS::ElasticBeanstalk::Environment", Match.objectLike(Map.of(
                "SolutionStackName", CdkJson.context().get("solutionStack"))));
    }

    @Test
    void logsGoToCloudWatchAndS3() {
        hasOption("aws:elasticbeanstalk:cloudwatch:logs", "StreamLogs", "true");
        hasOption("aws:elasticbeanstalk:cloudwatch:logs", "RetentionInDays", "30");
        hasOption("aws:elasticbeanstalk:hostmanager", "LogPublicationControl", "true");
    }

    @Test
    void appAndProxyLogsAreKeptForTheDaysTheContextSays() {
        Template ninetyDays = TestDeployment.template(TestDeployment.deploy(Map.of("logRetentionDays", "90")).getWeb());

        ninetyDays.hasResourceProperties("AWS::ElasticBeanstalk::Environment", Match.objectLike(Map.of(
                "OptionSettings", Match.arrayWith(List.of(Map.of("Namespace", "aws:elasticbeanstalk:cloudwatch:logs",
                        "OptionName", "RetentionInDays", "Value", "90"))))));
    }

    @Test
    void instancesPublishMetricsInTheAppsNamespaceOnly() {
        assertThat(instanceRole).filteredOn(statement -> "cloudwatch:PutMetricData".equals(statement.get("Action")))
                .singleElement().extracting(statement -> statement.get("Condition"))
                .isEqualTo(Map.of("StringEquals", Map.of("cloudwatch:namespace", "movierecs")));
    }

    @Test
    void sessionManagerShellsOnlyWhenAskedFor() {
        assertThat(template.findResources("AWS::IAM::Role").toString()).doesNotContain("AmazonSSMManagedInstanceCore");
        MovierecsStacks withShell = TestDeployment.deploy(Map.of("shellAccess", "true"));

        assertThat(TestDeployment.template(withShell.getWeb()).findResources("AWS::IAM::Role").toString())
                .contains("AmazonSSMManagedInstanceCore");
        assertThat(withShell.all().stream().flatMap(NagComplianceTest::findingsOf)).isEmpty();
    }

    @Test
    void instancesReadTheTableWithGetItemOnly() {
        assertThat(TestDeployment.actionsOn(instanceRole, "Recommendations")).containsExactly("dynamodb:GetItem");
    }

    @Test
    void instancesReadModelsAndWriteSnapshotsOnly() {
        assertThat(instanceRole).filteredOn(statement -> "s3:GetObject".equals(statement.get("Action")))
                .singleElement().extracting(statement -> statement.get("Resource").toString()).asString()
                .contains("/models/*").doesNotContain("snapshots");
        assertThat(instanceRole).filteredOn(statement -> statement.get("Action").toString().contains("s3:PutObject"))
                .singleElement().extracting(statement -> statement.get("Resource").toString()).asString()
                .contains("/snapshots/*").doesNotContain("models");
        assertThat(instanceRole).extracting(statement -> statement.get("Action").toString())
                .noneMatch(action -> action.contains("s3:Delete") || action.contains("s3:*"));
    }

    @Test
    void instancesMayReadTheThreeSecrets() {
        assertThat(instanceRole)
                .filteredOn(statement -> statement.get("Action").toString().contains("secretsmanager:GetSecretValue"))
                .extracting(statement -> statement.get("Resource").toString())
                .hasSize(3)
                .anyMatch(resource -> resource.contains("Password"))
                .anyMatch(resource -> resource.contains("ApiKey"))
                .anyMatch(resource -> resource.contains("JwtSecret"));
    }

    @Test
    void environmentDeploysTheVersionBuiltFromTheSourceBundle() {
        template.hasResourceProperties("AWS::ElasticBeanstalk::Environment", Match.objectLike(Map.of(
                "VersionLabel", Map.of("Ref", "Version"))));
        template.hasResourceProperties("AWS::ElasticBeanstalk::ApplicationVersion", Match.objectLike(Map.of(
                "SourceBundle", Map.of("S3Bucket", Match.anyValue(), "S3Key", Match.stringLikeRegexp(".*\\.zip")))));
    }

    static Map<String, Object> importOf(String exportHint) {
        return Map.of("Fn::ImportValue", Match.stringLikeRegexp(".*" + exportHint + ".*"));
    }

    private static void hasOption(String namespace, String name, Object value) {
        template.hasResourceProperties("AWS::ElasticBeanstalk::Environment", Match.objectLike(Map.of(
                "OptionSettings", Match.arrayWith(List.of(Map.of(
                        "Namespace", namespace, "OptionName", name, "Value", value))))));
    }

    @SuppressWarnings("unchecked")
    private static String optionValue(String namespace, String name) {
        Map<String, Object> environment = template.findResources("AWS::ElasticBeanstalk::Environment")
                .values().iterator().next();
        List<Map<String, Object>> options = (List<Map<String, Object>>)
                ((Map<String, Object>) environment.get("Properties")).get("OptionSettings");
        return options.stream()
                .filter(option -> namespace.equals(option.get("Namespace")) && name.equals(option.get("OptionName")))
                .map(option -> option.get("Value").toString())
                .findFirst().orElseThrow();
    }
}
