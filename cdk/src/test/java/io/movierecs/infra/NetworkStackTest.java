package io.movierecs.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class NetworkStackTest {
    private static final Map<String, String> EMR_TAG = Map.of(
            "Key", "for-use-with-amazon-emr-managed-policies", "Value", "true");
    private static Template template;

    @BeforeAll
    static void synthesize() {
        template = TestDeployment.template(TestDeployment.stacks().getNetwork());
    }

    @Test
    void vpcHasAPublicAndAPrivateSubnetInEachOfTwoZones() {
        template.resourceCountIs("AWS::EC2::Subnet", 4);
        template.resourcePropertiesCountIs("AWS::EC2::Subnet",
                Match.objectLike(Map.of("MapPublicIpOnLaunch", false)), 2);
    }

    @Test
    void oneNatGatewayByDefault() {
        template.resourceCountIs("AWS::EC2::NatGateway", 1);
    }

    /** AmazonEMRServicePolicy_v2, CreateInTaggedNetwork: RunInstances/CreateNetworkInterface only in tagged subnets. */
    @Test
    void privateSubnetsAreTaggedForEmrScopedManagedPolicies() {
        template.resourcePropertiesCountIs("AWS::EC2::Subnet", Match.objectLike(Map.of(
                "MapPublicIpOnLaunch", false, "Tags", Match.arrayWith(List.of(EMR_TAG)))), 2);
        template.resourcePropertiesCountIs("AWS::EC2::Subnet", Match.objectLike(Map.of(
                "MapPublicIpOnLaunch", true, "Tags", Match.arrayWith(List.of(EMR_TAG)))), 0);
    }

    /**
     * AmazonEMRServicePolicy_v2, CreateDefaultSecurityGroupInVPCWithEMRTags: ec2:CreateSecurityGroup
     * on arn:aws:ec2:*:*:vpc/* only with aws:ResourceTag/for-use-with-amazon-emr-managed-policies=true.
     * RunJobFlow passes no security groups, so EMR creates its default ones in this VPC.
     */
    @Test
    void vpcIsTaggedSoEmrCanCreateItsDefaultSecurityGroups() {
        template.hasResourceProperties("AWS::EC2::VPC", Match.objectLike(Map.of(
                "Tags", Match.arrayWith(List.of(EMR_TAG)))));
    }

    /**
     * AmazonEMRServicePolicy_v2, ManageSecurityGroups: EMR may edit the rules of any group carrying
     * the tag. Our own groups must not carry it.
     */
    @Test
    void ourSecurityGroupsAreNotOpenToEmrsServiceRole() {
        assertThat(template.findResources("AWS::EC2::SecurityGroup").toString())
                .doesNotContain("for-use-with-amazon-emr-managed-policies");
    }

    @Test
    void s3AndDynamoDbTrafficBypassesTheNat() {
        template.resourcePropertiesCountIs("AWS::EC2::VPCEndpoint",
                Match.objectLike(Map.of("VpcEndpointType", "Gateway")), 2);
    }

    @Test
    void vpcTrafficIsLoggedForAMonth() {
        template.hasResourceProperties("AWS::EC2::FlowLog", Match.objectLike(Map.of("TrafficType", "ALL")));
        template.hasResourceProperties("AWS::Logs::LogGroup", Match.objectLike(Map.of("RetentionInDays", 30)));
    }

    /** The load balancer admits CloudFront's origin-facing servers only, found by the prefix list's name. */
    @Test
    void loadBalancerAdmitsOnlyCloudFrontOnPort80() {
        Map<String, Object> toLoadBalancer = Map.of("GroupId", Map.of("Fn::GetAtt", List.of(
                Match.stringLikeRegexp("LoadBalancer.*"), "GroupId")));
        template.resourcePropertiesCountIs("AWS::EC2::SecurityGroupIngress", Match.objectLike(toLoadBalancer), 1);
        template.hasResourceProperties("AWS::EC2::SecurityGroupIngress", Match.objectLike(Map.of(
                "GroupId", toLoadBalancer.get("GroupId"),
                "IpProtocol", "tcp", "FromPort", 80, "ToPort", 80,
                "SourcePrefixListId", Map.of("Fn::GetAtt", List.of(
                        Match.stringLikeRegexp("CloudFrontOriginFacingPrefixList.*"), "PrefixLists.0.PrefixListId")))));
        assertThat(template.findResources("Custom::AWS").toString())
                .contains("com.amazonaws.global.cloudfront.origin-facing").contains("describeManagedPrefixLists");
        assertThat(template.findResources("AWS::EC2::SecurityGroup").entrySet()).filteredOn(
                        group -> group.getKey().startsWith("LoadBalancer"))
                .singleElement().asString().doesNotContain("0.0.0.0/0");
    }

    @Test
    void loadBalancerReachesTheInstancesOnlyOnPort80() {
        template.hasResourceProperties("AWS::EC2::SecurityGroupEgress", Match.objectLike(Map.of(
                "FromPort", 80, "ToPort", 80, "GroupId", Map.of("Fn::GetAtt", List.of(
                        Match.stringLikeRegexp("LoadBalancer.*"), "GroupId")))));
        template.hasResourceProperties("AWS::EC2::SecurityGroupIngress", Match.objectLike(Map.of(
                "FromPort", 80, "ToPort", 80, "SourceSecurityGroupId", Map.of("Fn::GetAtt", List.of(
                        Match.stringLikeRegexp("LoadBalancer.*"), "GroupId")))));
    }

    @Test
    void natInstancesReplaceGatewaysAndAdmitOnlyTheVpcWhenATypeIsConfigured() {
        Template withInstances = Template.fromStack(new NetworkStack(new App(), "Nat",
                new DeployConfig.NetworkSettings(1, "t4g.nano"), 30));

        withInstances.resourceCountIs("AWS::EC2::NatGateway", 0);
        withInstances.resourcePropertiesCountIs("AWS::EC2::Instance",
                Match.objectLike(Map.of("InstanceType", "t4g.nano", "SourceDestCheck", false)), 1);
        withInstances.hasResourceProperties("AWS::EC2::SecurityGroup", Match.objectLike(Map.of(
                "GroupDescription", "Security Group for NAT instances",
                "SecurityGroupIngress", List.of(Match.objectLike(Map.of("CidrIp", NetworkStack.CIDR))))));
    }
}
