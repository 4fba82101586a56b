package io.movierecs.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.customresources.AwsCustomResource;
import software.amazon.awscdk.customresources.AwsCustomResourcePolicy;
import software.amazon.awscdk.customresources.AwsSdkCall;
import software.amazon.awscdk.customresources.PhysicalResourceId;
import software.amazon.awscdk.customresources.SdkCallsPolicyOptions;
import software.constructs.Construct;

/**
 * The name CloudWatch knows the Beanstalk environment's load balancer by ({@code app/awseb-.../id},
 * the LoadBalancer dimension of AWS/ApplicationELB). Beanstalk creates the load balancer itself and
 * CloudFormation returns only its DNS name, so a custom resource finds it by the tag Beanstalk puts
 * on what it creates for an environment, at deploy time.
 */
final class EnvironmentLoadBalancer {
    static final String ENVIRONMENT_NAME_TAG = "elasticbeanstalk:environment-name";
    static final String LOOKUP_ID = "EnvironmentLoadBalancer";
    private static final String ARN_PATH = "ResourceTagMappingList.0.ResourceARN";

    private EnvironmentLoadBalancer() {
    }

    /** Map.of iterates in an order that changes from run to run, and the call's JSON with it. */
    private static Map<String, Object> ordered(String key1, Object value1, String key2, Object value2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key1, value1);
        map.put(key2, value2);
        return map;
    }

    static String fullName(Construct scope, String environmentName) {
        AwsSdkCall find = AwsSdkCall.builder()
                .service("ResourceGroupsTaggingAPI")
                .action("getResources")
                .parameters(ordered("ResourceTypeFilters", List.of("elasticloadbalancing:loadbalancer"),
                        "TagFilters", List.of(ordered("Key", ENVIRONMENT_NAME_TAG, "Values", List.of(environmentName)))))
                .physicalResourceId(PhysicalResourceId.of(environmentName))
                .outputPaths(List.of(ARN_PATH))
                .build();
        AwsCustomResource lookup = AwsCustomResource.Builder.create(scope, LOOKUP_ID)
                .onCreate(find)
                .onUpdate(find)
                .installLatestAwsSdk(false)
                .policy(AwsCustomResourcePolicy.fromSdkCalls(SdkCallsPolicyOptions.builder()
                        .resources(AwsCustomResourcePolicy.ANY_RESOURCE).build()))
                .build();
        Nag.accept(lookup, "IAM5", "tag:GetResources has no resource-level permissions", "Resource::*");
        Nag.acceptInStack(Stack.of(scope), "IAM4", "The CDK's custom-resource function logs with AWS's basic Lambda "
                + "execution policy", "Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole");
        // arn:aws:elasticloadbalancing:REGION:ACCOUNT:loadbalancer/app/NAME/ID -> app/NAME/ID
        return Fn.select(1, Fn.split("loadbalancer/", lookup.getResponseField(ARN_PATH)));
    }
}
