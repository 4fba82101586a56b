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

    @BeforeAll
    static void synthesize() {
        template = TestDeployment.template(TestDeployment.stacks().getWeb());
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

    @Test
    void appIsToldItsAdministrators() {
        hasOption(ENVIRONMENT, "MOVIERECS_ADMINS", TestDeployment.ADMINS);
    }

    @Test
    void appIsToldItsDatabaseUrl() {
        hasOption(ENVIRONMENT, "MOVIERECS_DB_URL", Map.of("Fn::Join", List.of("", Match.arrayWith(List.of(
                "jdbc:postgresql://", Map.of("Fn::ImportValue", Match.stringLikeRegexp(".*EndpointAddress.*")),
                ":5432/movierecs")))));
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
    void instancesRunInPrivateSubnetsBehindAPublicLoadBalancer() {
        hasOption("aws:ec2:vpc", "AssociatePublicIpAddress", "false");
        hasOption("aws:ec2:vpc", "ELBScheme", "public");
        assertThat(optionValue("aws:ec2:vpc", "Subnets")).contains("privateSubnet").doesNotContain("publicSubnet");
    }

    @Test
    void instancesCarryTheSecurityGroupTheDatabaseAdmits() {
        hasOption("aws:autoscaling:launchconfiguration", "SecurityGroups", importOf("WebInstances"));
    }

    @Test
    void loadBalancerServesHttpsWithTheConfiguredCertificate() {
        hasOption("aws:elbv2:listener:443", "SSLCertificateArns", TestDeployment.CERTIFICATE);
    }

    @Test
    void instancesCanReadTheTableButNotWriteIt() {
        List<String> actions = TestDeployment.actionsOn(
                TestDeployment.statementsOf(template, "InstanceRole"), "Recommendations");

        assertThat(actions).contains("dynamodb:GetItem", "dynamodb:Query");
        assertThat(actions).noneMatch(action -> action.matches(
                "dynamodb:(PutItem|BatchWriteItem|UpdateItem|DeleteItem|\\*)"));
    }

    @Test
    void instancesCanReadAndWriteTheModelBucket() {
        assertThat(TestDeployment.actionsOn(TestDeployment.statementsOf(template, "InstanceRole"), "Models"))
                .contains("s3:GetObject*", "s3:PutObject");
    }

    @Test
    void instancesMayLaunchFollowAndStopEmrClusters() {
        assertThat(TestDeployment.statementsOf(template, "InstanceRole"))
                .filteredOn(statement -> "*".equals(statement.get("Resource")))
                .singleElement()
                .extracting(statement -> statement.get("Action"))
                .isEqualTo(WebStack.EMR_ACTIONS);
    }

    @Test
    void instancesMayPassOnlyTheEmrRoles() {
        List<Map<String, Object>> passRole = TestDeployment.statementsOf(template, "InstanceRole").stream()
                .filter(statement -> "iam:PassRole".equals(statement.get("Action")))
                .toList();

        assertThat(passRole).hasSize(2).extracting(statement -> statement.get("Resource").toString())
                .anyMatch(resource -> resource.contains("EmrServiceRole"))
                .anyMatch(resource -> resource.contains("EmrClusterRole"));
    }

    @Test
    void instancesMayReadTheThreeSecrets() {
        assertThat(TestDeployment.statementsOf(template, "InstanceRole"))
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

    private static Map<String, Object> importOf(String exportHint) {
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
