package io.movierecs.infra;

import io.movierecs.contracts.EmrClusterTags;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;
import software.amazon.awscdk.services.ec2.FlowLogDestination;
import software.amazon.awscdk.services.ec2.FlowLogOptions;
import software.amazon.awscdk.services.ec2.FlowLogTrafficType;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.IpAddresses;
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
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

/**
 * The VPC everything runs in: public subnets for the load balancer and NAT, private ones for the
 * web instances, the database and the EMR clusters. The web instances' and the load balancer's
 * security groups live here so the database can admit the first without the stacks depending on
 * each other.
 */
public class NetworkStack extends Stack {
    static final String EMR_MANAGED_TAG = EmrClusterTags.EMR_MANAGED_POLICIES_KEY;
    /** Where the load balancer forwards to: nginx in front of the app on every Beanstalk instance. */
    static final int INSTANCE_HTTP_PORT = 80;
    /** Written out (not read back from the VPC) so rules that use it can be checked before deployment. */
    static final String CIDR = "10.0.0.0/16";

    private final Vpc vpc;
    private final SecurityGroup webSecurityGroup;
    private final SecurityGroup loadBalancerSecurityGroup;

    public NetworkStack(Construct scope, String id, DeployConfig.NetworkSettings settings, int logRetentionDays) {
        super(scope, id, StackProps.builder()
                .description("movierecs network: VPC, the web and load balancer security groups").build());
        NatProvider nat = settings.natInstanceType() == null
                ? NatProvider.gateway()
                : NatProvider.instanceV2(NatInstanceProps.builder()
                        .instanceType(new InstanceType(settings.natInstanceType()))
                        .defaultAllowedTraffic(NatTrafficDirection.OUTBOUND_ONLY)
                        .build());
        vpc = Vpc.Builder.create(this, "Vpc")
                .ipAddresses(IpAddresses.cidr(CIDR))
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
                .flowLogs(Map.of("All", FlowLogOptions.builder()
                        .trafficType(FlowLogTrafficType.ALL)
                        .destination(FlowLogDestination.toCloudWatchLogs(LogGroup.Builder.create(this, "FlowLogs")
                                .retention(LogRetention.of(logRetentionDays)).build()))
                        .build()))
                .build();
        if (nat instanceof NatInstanceProviderV2 instances) {
            instances.getConnections().allowFrom(Peer.ipv4(CIDR), Port.allTraffic(),
                    "traffic from the private subnets");
            vpc.getPublicSubnets().forEach(subnet -> {
                Nag.accept(subnet, "EC26", "The NAT instance keeps no data: its root volume holds the AMI only");
                Nag.accept(subnet, "EC28", "Basic monitoring is enough for a NAT instance chosen to save money");
                Nag.accept(subnet, "EC29", "A NAT instance is replaced by a redeploy; nothing on it needs protecting");
            });
        }
        tagForEmrManagedPolicies();
        webSecurityGroup = SecurityGroup.Builder.create(this, "WebInstances")
                .vpc(vpc)
                .description("movierecs web app instances (Beanstalk)")
                .allowAllOutbound(true)
                .build();
        loadBalancerSecurityGroup = SecurityGroup.Builder.create(this, "LoadBalancer")
                .vpc(vpc)
                .description("movierecs load balancer: CloudFront origin-facing servers only")
                .allowAllOutbound(false)
                .build();
        loadBalancerSecurityGroup.addIngressRule(CloudFrontOriginFacing.prefixList(this),
                Port.tcp(INSTANCE_HTTP_PORT), "CloudFront origin-facing servers");
        loadBalancerSecurityGroup.addEgressRule(webSecurityGroup, Port.tcp(INSTANCE_HTTP_PORT), "to the instances");
        webSecurityGroup.addIngressRule(loadBalancerSecurityGroup, Port.tcp(INSTANCE_HTTP_PORT),
                "from the load balancer");
    }

    /**
     * AmazonEMRServicePolicy_v2 launches instances only into subnets carrying the tag (statement
     * CreateInTaggedNetwork), and creates EMR's default security groups only in a VPC carrying it
     * (CreateDefaultSecurityGroupInVPCWithEMRTags). The tag goes on the VPC resource and the
     * private subnets alone: on the web or load balancer security groups it would let EMR's service
     * role edit their rules (ManageSecurityGroups).
     */
    private void tagForEmrManagedPolicies() {
        Tags.of(vpc.getNode().getDefaultChild()).add(EMR_MANAGED_TAG, EmrClusterTags.EMR_MANAGED_POLICIES);
        vpc.getPrivateSubnets().forEach(subnet -> Tags.of(subnet).add(EMR_MANAGED_TAG,
                EmrClusterTags.EMR_MANAGED_POLICIES));
    }

    public Vpc getVpc() {
        return vpc;
    }

    public SecurityGroup getWebSecurityGroup() {
        return webSecurityGroup;
    }

    /** Given to the Beanstalk load balancer in place of the one Beanstalk would open to the world. */
    public SecurityGroup getLoadBalancerSecurityGroup() {
        return loadBalancerSecurityGroup;
    }
}
