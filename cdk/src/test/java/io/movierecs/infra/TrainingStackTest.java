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

    @BeforeAll
    static void synthesize() {
        template = TestDeployment.template(TestDeployment.stacks().getTraining());
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

    @Test
    void clusterInstancesWriteTopNIntoTheTable() {
        assertThat(TestDeployment.actionsOn(TestDeployment.statementsOf(template, "EmrClusterRole"), "Recommendations"))
                .contains("dynamodb:BatchWriteItem")
                .doesNotContain("dynamodb:Scan", "dynamodb:*");
    }

    @Test
    void clusterInstancesReadAndWriteTheModelBucket() {
        assertThat(TestDeployment.actionsOn(TestDeployment.statementsOf(template, "EmrClusterRole"), "Models"))
                .contains("s3:GetObject*", "s3:PutObject", "s3:List*");
    }

    @Test
    void clusterInstancesReadOnlyTheJobJarFromTheAssetsBucket() {
        assertThat(TestDeployment.statementsOf(template, "EmrClusterRole"))
                .filteredOn(statement -> statement.get("Resource").toString().contains("cdk-"))
                .singleElement()
                .satisfies(statement -> assertThat(statement.get("Resource").toString())
                        .contains(".jar").doesNotContain("/*"));
    }

    @Test
    void clusterInstancesHaveNoWildcardResources() {
        assertThat(TestDeployment.statementsOf(template, "EmrClusterRole"))
                .isNotEmpty()
                .allSatisfy(statement -> assertThat(statement.get("Resource")).isNotEqualTo("*"));
    }

    @Test
    void clusterInstanceProfileCarriesTheClusterRole() {
        template.hasResourceProperties("AWS::IAM::InstanceProfile", Match.objectLike(Map.of(
                "Roles", List.of(Map.of("Ref", Match.stringLikeRegexp("EmrClusterRole.*"))))));
    }

    @Test
    void emrMayHandTheClusterRoleToItsInstances() {
        assertThat(TestDeployment.actionsOn(TestDeployment.statementsOf(template, "EmrServiceRole"), "EmrClusterRole"))
                .containsExactly("iam:PassRole");
    }

    @Test
    void trainingApiKeyIsGenerated() {
        template.hasResourceProperties("AWS::SecretsManager::Secret", Match.objectLike(Map.of(
                "GenerateSecretString", Map.of("ExcludePunctuation", true, "PasswordLength", 48))));
    }
}
