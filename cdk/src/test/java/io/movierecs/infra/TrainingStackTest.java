package io.movierecs.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class TrainingStackTest {
    private static Template template;
    private static List<Map<String, Object>> clusterRole;

    @BeforeAll
    static void synthesize() {
        template = TestDeployment.template(TestDeployment.stacks().getTraining());
        clusterRole = TestDeployment.statementsOf(template, "EmrClusterRole");
    }

    @Test
    void emrServiceRoleIsAssumedByEmrWithItsScopedManagedPolicy() {
        template.hasResourceProperties("AWS::IAM::Role", Match.objectLike(Map.of(
                "AssumeRolePolicyDocument", Match.objectLike(Map.of("Statement", List.of(Match.objectLike(Map.of(
                        "Principal", Map.of("Service", "elasticmapreduce.amazonaws.com")))))),
                "ManagedPolicyArns", List.of(Map.of("Fn::Join", List.of("", List.of(
                        "arn:", Map.of("Ref", "AWS::Partition"),
                        ":iam::aws:policy/service-role/AmazonEMRServicePolicy_v2")))))));
    }

    /**
     * AmazonEMRServicePolicy_v2, PassRoleForEC2: iam:PassRole only on role/EMR_EC2_DefaultRole with
     * iam:PassedToService ec2.amazonaws.com*. Our cluster role has another name, so without this
     * statement EMR could not start the cluster's instances.
     */
    @Test
    void emrMayPassTheClusterRoleToEc2Only() {
        assertThat(TestDeployment.statementsOf(template, "EmrServiceRole"))
                .filteredOn(statement -> "iam:PassRole".equals(statement.get("Action")))
                .singleElement()
                .satisfies(statement -> {
                    assertThat(statement.get("Resource").toString()).contains("EmrClusterRole");
                    assertThat(statement.get("Condition")).isEqualTo(Map.of("StringEquals",
                            Map.of("iam:PassedToService", "ec2.amazonaws.com")));
                });
    }

    @Test
    void clusterInstancesWriteTopNIntoTheTableWithBatchWriteItemOnly() {
        assertThat(TestDeployment.actionsOn(clusterRole, "Recommendations")).containsExactly("dynamodb:BatchWriteItem");
    }

    @Test
    void clusterInstancesReadMovieLensAndSnapshotsOnly() {
        assertThat(resourcesOf("s3:GetObject")).anyMatch(resource -> resource.contains("/movielens/*"))
                .anyMatch(resource -> resource.contains("/snapshots/*"))
                .noneMatch(resource -> resource.contains("/models/"));
    }

    @Test
    void clusterInstancesWriteModelsAndStepLogsOnly() {
        assertThat(resourcesOf("s3:PutObject")).hasSize(1).first().asString()
                .contains("/models/*").contains("/emr-logs/*").doesNotContain("/movielens/").doesNotContain("/snapshots/");
    }

    @Test
    void clusterInstancesNeverDelete() {
        assertThat(clusterRole).extracting(statement -> statement.get("Action").toString())
                .noneMatch(action -> action.contains("Delete") || action.contains("*"));
    }

    @Test
    void clusterInstancesListOnlyTheirPrefixes() {
        assertThat(clusterRole).filteredOn(statement -> "s3:ListBucket".equals(statement.get("Action")))
                .singleElement()
                .extracting(statement -> statement.get("Condition").toString())
                .asString().contains("s3:prefix").contains("movielens/*").contains("snapshots/*");
    }

    @Test
    void clusterInstancesReadOnlyTheJobJarFromTheAssetsBucket() {
        assertThat(clusterRole)
                .filteredOn(statement -> statement.get("Resource").toString().contains("cdk-"))
                .singleElement()
                .satisfies(statement -> assertThat(statement.get("Resource").toString())
                        .contains(".jar").doesNotContain("/*"));
    }

    @Test
    void clusterInstancesHaveNoWildcardResources() {
        assertThat(clusterRole).isNotEmpty()
                .allSatisfy(statement -> assertThat(statement.get("Resource")).isNotEqualTo("*"));
    }

    @Test
    void clusterInstanceProfileCarriesTheClusterRole() {
        template.hasResourceProperties("AWS::IAM::InstanceProfile", Match.objectLike(Map.of(
                "Roles", List.of(Map.of("Ref", Match.stringLikeRegexp("EmrClusterRole.*"))))));
    }

    @Test
    void trainingApiKeyIsGenerated() {
        template.hasResourceProperties("AWS::SecretsManager::Secret", Match.objectLike(Map.of(
                "GenerateSecretString", Map.of("ExcludePunctuation", true, "PasswordLength", 48))));
    }

    private static List<String> resourcesOf(String action) {
        return clusterRole.stream()
                .filter(statement -> statement.get("Action").toString().contains(action))
                .map(statement -> statement.get("Resource").toString())
                .toList();
    }
}
