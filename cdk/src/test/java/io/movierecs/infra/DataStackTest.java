package io.movierecs.infra;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class DataStackTest {
    private static Template template;

    @BeforeAll
    static void synthesize() {
        template = Template.fromStack(new DataStack(new App(), "Test"));
    }

    @Test
    void recommendationsTableIsKeyedByNumericUserId() {
        template.hasResourceProperties("AWS::DynamoDB::Table", Match.objectLike(Map.of(
                "KeySchema", List.of(Map.of("AttributeName", "userId", "KeyType", "HASH")),
                "AttributeDefinitions", List.of(Map.of("AttributeName", "userId", "AttributeType", "N")))));
    }

    @Test
    void modelBucketBlocksPublicAccess() {
        template.hasResourceProperties("AWS::S3::Bucket", Match.objectLike(Map.of(
                "PublicAccessBlockConfiguration", Map.of(
                        "BlockPublicAcls", true, "BlockPublicPolicy", true,
                        "IgnorePublicAcls", true, "RestrictPublicBuckets", true))));
    }
}
