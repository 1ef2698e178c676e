package com.moleculeflow.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awscdk.services.ec2.FlowLogDestination;
import software.amazon.awscdk.services.ec2.FlowLogOptions;
import software.amazon.awscdk.services.ec2.FlowLogTrafficType;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IpAddresses;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * The VPC: public subnets (load balancer, NAT), private subnets with egress (Fargate tasks), isolated subnets
 * (RDS, Redis), one of each per named zone; gateway endpoint for S3 and interface endpoints for ECR (API and
 * Docker), Secrets Manager and CloudWatch Logs, so image pulls, secrets and logs stay off the NAT; flow logs of
 * all traffic to CloudWatch Logs.
 */
public final class Network extends Construct {

    /**
     * @param availabilityZones named zones (three in every environment)
     * @param cidr              VPC range; subnets are /20
     * @param natGateways       NAT gateways (one per zone for zone independence; fewer to save cost)
     * @param flowLogRetention  retention of the flow log group
     */
    public record Props(List<String> availabilityZones, String cidr, int natGateways, RetentionDays flowLogRetention) {
        public static Props primary(EnvironmentConfig config) {
            return new Props(config.availabilityZones(), config.vpcCidr(), config.natGateways(), config.logRetention());
        }

        public static Props standby(EnvironmentConfig config) {
            EnvironmentConfig.Standby standby = config.standby();
            return new Props(standby.availabilityZones(), standby.vpcCidr(), standby.natGateways(), config.logRetention());
        }
    }

    /** Interface endpoints: image pulls, secrets and logs stay off the NAT gateways. */
    static final Map<String, InterfaceVpcEndpointAwsService> INTERFACE_ENDPOINTS = orderedEndpoints();

    private final Vpc vpc;

    public Network(Construct scope, String id, Props props) {
        super(scope, id);
        LogGroup flowLogs = LogGroup.Builder.create(this, "FlowLogs").retention(props.flowLogRetention()).build();
        vpc = Vpc.Builder.create(this, "Vpc")
                .ipAddresses(IpAddresses.cidr(props.cidr()))
                .availabilityZones(props.availabilityZones())
                .natGateways(props.natGateways())
                .subnetConfiguration(List.of(
                        subnet("public", SubnetType.PUBLIC),
                        subnet("private", SubnetType.PRIVATE_WITH_EGRESS),
                        subnet("isolated", SubnetType.PRIVATE_ISOLATED)))
                .flowLogs(Map.of("all", FlowLogOptions.builder()
                        .destination(FlowLogDestination.toCloudWatchLogs(flowLogs))
                        .trafficType(FlowLogTrafficType.ALL)
                        .build()))
                .build();
        vpc.addGatewayEndpoint("S3", GatewayVpcEndpointOptions.builder().service(GatewayVpcEndpointAwsService.S3).build());
        // One group for all interface endpoints: HTTPS from the VPC's own range. The range is the configured
        // literal, not the VPC's CidrBlock attribute, so the rule is readable (and checkable) in the template.
        SecurityGroup endpoints = SecurityGroup.Builder.create(this, "EndpointSecurityGroup")
                .vpc(vpc)
                .description("AWS service endpoints: HTTPS from inside the VPC")
                .allowAllOutbound(false)
                .build();
        endpoints.addIngressRule(Peer.ipv4(props.cidr()), Port.tcp(443), "HTTPS from the VPC");
        INTERFACE_ENDPOINTS.forEach((name, service) -> vpc.addInterfaceEndpoint(name, InterfaceVpcEndpointOptions.builder()
                .service(service)
                .privateDnsEnabled(true)
                .open(false)
                .securityGroups(List.of(endpoints))
                .subnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build())
                .build()));
    }

    public Vpc vpc() {
        return vpc;
    }

    private static Map<String, InterfaceVpcEndpointAwsService> orderedEndpoints() {
        Map<String, InterfaceVpcEndpointAwsService> endpoints = new LinkedHashMap<>();
        endpoints.put("EcrApi", InterfaceVpcEndpointAwsService.ECR);
        endpoints.put("EcrDocker", InterfaceVpcEndpointAwsService.ECR_DOCKER);
        endpoints.put("SecretsManager", InterfaceVpcEndpointAwsService.SECRETS_MANAGER);
        endpoints.put("Logs", InterfaceVpcEndpointAwsService.CLOUDWATCH_LOGS);
        return endpoints;
    }

    private static SubnetConfiguration subnet(String name, SubnetType type) {
        return SubnetConfiguration.builder().name(name).subnetType(type).cidrMask(20).build();
    }
}
