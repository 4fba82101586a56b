package io.movierecs.infra;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.NatInstanceProps;
import software.amazon.awscdk.services.ec2.NatInstanceProviderV2;
import software.amazon.awscdk.services.ec2.NatProvider;
import software.amazon.awscdk.services.ec2.NatTrafficDirection;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.constructs.Construct;

/**
 * The VPC everything runs in: public subnets for the load balancer and NAT, private ones for the
 * web instances, the database and the EMR clusters. The web instances' security group lives here
 * so the database can admit it without the two stacks depending on each other.
 */
public class NetworkStack extends Stack {
    /** AmazonEMRServicePolicy_v2 only launches clusters into subnets carrying this tag. */
    static final String EMR_MANAGED_TAG = "for-use-with-amazon-emr-managed-policies";

    private final Vpc vpc;
    private final SecurityGroup webSecurityGroup;

    public NetworkStack(Construct scope, String id, DeployConfig.NetworkSettings settings) {
        super(scope, id, StackProps.builder().description("movierecs network: VPC and the web security group").build());
        NatProvider nat = settings.natInstanceType() == null
                ? NatProvider.gateway()
                : NatProvider.instanceV2(NatInstanceProps.builder()
                        .instanceType(new InstanceType(settings.natInstanceType()))
                        .defaultAllowedTraffic(NatTrafficDirection.OUTBOUND_ONLY)
                        .build());
        vpc = Vpc.Builder.create(this, "Vpc")
                .maxAzs(2)
                .natGateways(settings.natGateways())
                .natGatewayProvider(nat)
                .subnetConfiguration(List.of(
                        SubnetConfiguration.builder().name("public").subnetType(SubnetType.PUBLIC).cidrMask(24).build(),
                        SubnetConfiguration.builder().name("private")
                                .subnetType(SubnetType.PRIVATE_WITH_EGRESS).cidrMask(20).build()))
                // S3 and DynamoDB traffic (model files, EMR inputs, top-N reads) bypasses the NAT.
                .gatewayEndpoints(Map.of(
                        "S3", GatewayVpcEndpointOptions.builder().service(GatewayVpcEndpointAwsService.S3).build(),
                        "DynamoDb", GatewayVpcEndpointOptions.builder()
                                .service(GatewayVpcEndpointAwsService.DYNAMODB).build()))
                .build();
        if (nat instanceof NatInstanceProviderV2 instances) {
            instances.getConnections().allowFrom(Peer.ipv4(vpc.getVpcCidrBlock()), Port.allTraffic(),
                    "traffic from the private subnets");
        }
        vpc.getPrivateSubnets().forEach(subnet -> Tags.of(subnet).add(EMR_MANAGED_TAG, "true"));
        webSecurityGroup = SecurityGroup.Builder.create(this, "WebInstances")
                .vpc(vpc)
                .description("movierecs web app instances (Beanstalk)")
                .allowAllOutbound(true)
                .build();
    }

    public Vpc getVpc() {
        return vpc;
    }

    public SecurityGroup getWebSecurityGroup() {
        return webSecurityGroup;
    }
}
