package io.movierecs.infra;

import io.movierecs.contracts.RecommendationItemAttributes;
import java.util.List;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.constructs.Construct;

/** What outlives every deployment: the recommendations table and the model bucket. */
public class DataStack extends Stack {
    private final Table recommendations;
    private final Bucket models;

    public DataStack(Construct scope, String id, int snapshotRetentionDays) {
        super(scope, id, StackProps.builder()
                .description("movierecs data: recommendations table and model bucket (retained on delete)").build());
        recommendations = Table.Builder.create(this, "Recommendations")
                .partitionKey(Attribute.builder()
                        .name(RecommendationItemAttributes.PARTITION_KEY).type(AttributeType.NUMBER).build())
                .sortKey(Attribute.builder()
                        .name(RecommendationItemAttributes.SORT_KEY).type(AttributeType.STRING).build())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .timeToLiveAttribute(RecommendationItemAttributes.TTL)
                .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder()
                        .pointInTimeRecoveryEnabled(true).build())
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        models = Bucket.Builder.create(this, "Models")
                .encryption(BucketEncryption.S3_MANAGED)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .lifecycleRules(List.of(
                        expire(BucketPrefixes.SNAPSHOTS, snapshotRetentionDays),
                        expire(BucketPrefixes.EMR_LOGS, snapshotRetentionDays),
                        LifecycleRule.builder().abortIncompleteMultipartUploadAfter(Duration.days(7)).build()))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        CfnOutput.Builder.create(this, "ModelBucket").value(models.getBucketName())
                .description("Upload MovieLens ratings.csv and movies.csv under " + BucketPrefixes.MOVIELENS).build();
    }

    private static LifecycleRule expire(String prefix, int days) {
        return LifecycleRule.builder().prefix(prefix).expiration(Duration.days(days)).build();
    }

    public Table getRecommendations() {
        return recommendations;
    }

    public Bucket getModels() {
        return models;
    }
}
