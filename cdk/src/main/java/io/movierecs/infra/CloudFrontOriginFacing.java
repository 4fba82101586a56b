package io.movierecs.infra;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.customresources.AwsCustomResource;
import software.amazon.awscdk.customresources.AwsCustomResourcePolicy;
import software.amazon.awscdk.customresources.AwsSdkCall;
import software.amazon.awscdk.customresources.PhysicalResourceId;
import software.amazon.awscdk.customresources.SdkCallsPolicyOptions;
import software.amazon.awscdk.services.ec2.IPeer;
import software.amazon.awscdk.services.ec2.Peer;
import software.constructs.Construct;

/**
 * AWS's managed prefix list of CloudFront's origin-facing servers. Its id differs per region and
 * CloudFormation cannot look it up, so a custom resource asks EC2 for it at deploy time.
 */
final class CloudFrontOriginFacing {
    static final String PREFIX_LIST_NAME = "com.amazonaws.global.cloudfront.origin-facing";
    static final String LOOKUP_ID = "CloudFrontOriginFacingPrefixList";
    private static final String ID_PATH = "PrefixLists.0.PrefixListId";

    private CloudFrontOriginFacing() {
    }

    static IPeer prefixList(Construct scope) {
        AwsSdkCall describe = AwsSdkCall.builder()
                .service("EC2")
                .action("describeManagedPrefixLists")
                .parameters(Map.of("Filters", List.of(Map.of("Name", "prefix-list-name",
                        "Values", List.of(PREFIX_LIST_NAME)))))
                .physicalResourceId(PhysicalResourceId.of(PREFIX_LIST_NAME))
                .outputPaths(List.of(ID_PATH))
                .build();
        AwsCustomResource lookup = AwsCustomResource.Builder.create(scope, LOOKUP_ID)
                .onCreate(describe)
                .onUpdate(describe)
                .installLatestAwsSdk(false)
                .policy(AwsCustomResourcePolicy.fromSdkCalls(SdkCallsPolicyOptions.builder()
                        .resources(AwsCustomResourcePolicy.ANY_RESOURCE).build()))
                .build();
        Nag.accept(lookup, "IAM5", "ec2:DescribeManagedPrefixLists has no resource-level permissions", "Resource::*");
        Nag.acceptInStack(Stack.of(scope), "IAM4", "The CDK's custom-resource function logs with AWS's basic Lambda "
                + "execution policy", "Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole");
        return Peer.prefixList(lookup.getResponseField(ID_PATH));
    }
}
