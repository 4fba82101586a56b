package io.movierecs.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class DataStackTest {
    private static Template template;

    @BeforeAll
    static void synthesize() {
        template = TestDeployment.template(TestDeployment.stacks().getData());
    }

    @Test
    void recommendationsTableIsKeyedByNumericUserIdThenTheRunsModelVersion() {
        template.hasResourceProperties("AWS::DynamoDB::Table", Match.objectLike(Map.of(
                "KeySchema", List.of(Map.of("AttributeName", "userId", "KeyType", "HASH"),
                        Map.of("AttributeName", "modelVersion", "KeyType", "RANGE")),
                "AttributeDefinitions", List.of(Map.of("AttributeName", "userId", "AttributeType", "N"),
                        Map.of("AttributeName", "modelVersion", "AttributeType", "S")))));
    }

    @Test
    void recommendationsExpireThroughTheTtlAttribute() {
        template.hasResourceProperties("AWS::DynamoDB::Table", Match.objectLike(Map.of(
                "TimeToLiveSpecification", Map.of("AttributeName", "ttl", "Enabled", true))));
    }

    @Test
    void recommendationsTableCanBeRestoredToAPointInTime() {
        template.hasResourceProperties("AWS::DynamoDB::Table", Match.objectLike(Map.of(
                "PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true))));
    }

    @Test
    void tableAndBucketSurviveDeletingTheStack() {
        template.hasResource("AWS::DynamoDB::Table", Match.objectLike(Map.of("DeletionPolicy", "Retain")));
        template.hasResource("AWS::S3::Bucket", Match.objectLike(Map.of("DeletionPolicy", "Retain")));
    }

    @Test
    void modelBucketBlocksPublicAccess() {
        template.hasResourceProperties("AWS::S3::Bucket", Match.objectLike(Map.of(
                "PublicAccessBlockConfiguration", Map.of(
                        "BlockPublicAcls", true, "BlockPublicPolicy", true,
                        "IgnorePublicAcls", true, "RestrictPublicBuckets", true))));
    }

    @Test
    void modelBucketIsEncrypted() {
        template.hasResourceProperties("AWS::S3::Bucket", Match.objectLike(Map.of(
                "BucketEncryption", Map.of("ServerSideEncryptionConfiguration", List.of(Map.of(
                        "ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "AES256")))))));
    }

    @Test
    void overwrittenOrDeletedObjectsStayRestorableForThirtyDays() {
        template.hasResourceProperties("AWS::S3::Bucket", Match.objectLike(Map.of(
                "VersioningConfiguration", Map.of("Status", "Enabled"),
                "LifecycleConfiguration", Map.of("Rules", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "NoncurrentVersionExpiration", Map.of("NoncurrentDays", 30), "Status", "Enabled"))))))));
    }

    /** Models are never expired by age: the served one may be old, and a rollback needs the earlier ones. */
    @Test
    void modelsAreNotExpiredByAge() {
        assertThat(template.findResources("AWS::S3::Bucket").toString()).doesNotContain("Prefix=models/");
    }

    @Test
    void modelBucketLogsItsAccessesToALogBucket() {
        template.hasResourceProperties("AWS::S3::Bucket", Match.objectLike(Map.of(
                "LoggingConfiguration", Map.of("DestinationBucketName", Map.of("Ref", Match.stringLikeRegexp("AccessLogs.*")),
                        "LogFilePrefix", "model-bucket/"))));
    }

    @Test
    void ratingsSnapshotsExpireAfterThirtyDays() {
        template.hasResourceProperties("AWS::S3::Bucket", Match.objectLike(Map.of(
                "LifecycleConfiguration", Map.of("Rules", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Prefix", "snapshots/", "ExpirationInDays", 30, "Status", "Enabled"))))))));
    }

    @Test
    void emrStepLogsStayInTheBucketForTheSnapshotRetention() {
        template.hasResourceProperties("AWS::S3::Bucket", Match.objectLike(Map.of(
                "LifecycleConfiguration", Map.of("Rules", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Prefix", BucketPrefixes.EMR_LOGS, "ExpirationInDays", 30, "Status", "Enabled"))))))));
    }
}
