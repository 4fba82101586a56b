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

/**
 * What outlives every deployment: the recommendations table and the model bucket. Models stay as
 * long as runs reference them (a rollback needs them); what bounds them is the versioning rule
 * (an overwritten or deleted object's old version goes after {@link #NONCURRENT_VERSION_DAYS})
 * and the snapshot and log expiry.
 */
public class DataStack extends Stack {
    private final Table recommendations;
    private final Bucket models;
    /** How long an overwritten or deleted object's previous version is kept. */
    static final int NONCURRENT_VERSION_DAYS = 30;
    static final int ACCESS_LOG_DAYS = 90;

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
        Bucket accessLogs = Bucket.Builder.create(this, "AccessLogs")
                .encryption(BucketEncryption.S3_MANAGED)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .lifecycleRules(List.of(LifecycleRule.builder().expiration(Duration.days(ACCESS_LOG_DAYS)).build()))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        Nag.accept(accessLogs, "S1", "This bucket receives the model bucket's access logs; logging it into itself "
                + "would log every log delivery");
        models = Bucket.Builder.create(this, "Models")
                .encryption(BucketEncryption.S3_MANAGED)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                // An overwritten or deleted model, snapshot or MovieLens file stays restorable for a while.
                .versioned(true)
                .serverAccessLogsBucket(accessLogs)
                .serverAccessLogsPrefix("model-bucket/")
                .lifecycleRules(List.of(
                        expire(BucketPrefixes.SNAPSHOTS, snapshotRetentionDays),
                        expire(BucketPrefixes.EMR_LOGS, snapshotRetentionDays),
                        LifecycleRule.builder().id("NoncurrentVersions")
                                .noncurrentVersionExpiration(Duration.days(NONCURRENT_VERSION_DAYS))
                                .abortIncompleteMultipartUploadAfter(Duration.days(7)).build(),
                        LifecycleRule.builder().id("ExpiredDeleteMarkers").expiredObjectDeleteMarker(true).build()))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        CfnOutput.Builder.create(this, "ModelBucket").value(models.getBucketName())
                .description("The deploy puts MovieLens ratings.csv and movies.csv under " + BucketPrefixes.MOVIELENS
                        + " (bin/movielens-to-s3)").build();
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
