package io.movierecs.infra;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class NetworkStackTest {
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

    @Test
    void privateSubnetsAreTaggedForEmrScopedManagedPolicies() {
        template.resourcePropertiesCountIs("AWS::EC2::Subnet", Match.objectLike(Map.of(
                "MapPublicIpOnLaunch", false,
                "Tags", Match.arrayWith(List.of(Map.of(
                        "Key", "for-use-with-amazon-emr-managed-policies", "Value", "true"))))), 2);
    }

    @Test
    void s3AndDynamoDbTrafficBypassesTheNat() {
        template.resourcePropertiesCountIs("AWS::EC2::VPCEndpoint",
                Match.objectLike(Map.of("VpcEndpointType", "Gateway")), 2);
    }

    @Test
    void natInstancesReplaceGatewaysAndAdmitOnlyTheVpcWhenATypeIsConfigured() {
        Template withInstances = Template.fromStack(new NetworkStack(new App(), "Nat",
                new DeployConfig.NetworkSettings(1, "t4g.nano")));

        withInstances.resourceCountIs("AWS::EC2::NatGateway", 0);
        withInstances.resourcePropertiesCountIs("AWS::EC2::Instance",
                Match.objectLike(Map.of("InstanceType", "t4g.nano", "SourceDestCheck", false)), 1);
        withInstances.hasResourceProperties("AWS::EC2::SecurityGroup", Match.objectLike(Map.of(
                "GroupDescription", "Security Group for NAT instances",
                "SecurityGroupIngress", List.of(Match.objectLike(Map.of(
                        "CidrIp", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("Vpc.*"), "CidrBlock"))))))));
    }
}
