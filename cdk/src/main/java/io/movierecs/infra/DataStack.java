package io.movierecs.infra;

import io.movierecs.contracts.RecommendationItemAttributes;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.constructs.Construct;

/** What outlives every deployment: the recommendations table and the model bucket. */
public class DataStack extends Stack {
    private final Table recommendations;
    private final Bucket models;

    public DataStack(Construct scope, String id) {
        this(scope, id, null);
    }

    public DataStack(Construct scope, String id, StackProps props) {
        super(scope, id, props);
        recommendations = Table.Builder.create(this, "Recommendations")
                .partitionKey(Attribute.builder()
                        .name(RecommendationItemAttributes.USER_ID).type(AttributeType.NUMBER).build())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .timeToLiveAttribute(RecommendationItemAttributes.TTL)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        models = Bucket.Builder.create(this, "Models")
                .encryption(BucketEncryption.S3_MANAGED)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
    }

    public Table getRecommendations() {
        return recommendations;
    }

    public Bucket getModels() {
        return models;
    }
}
