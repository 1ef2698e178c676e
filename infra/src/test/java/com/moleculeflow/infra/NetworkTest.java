package com.moleculeflow.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The prod VPC: three zones, three tiers, NAT per zone, endpoints, flow logs. */
class NetworkTest {

    private final Template network = ProdStacks.template(MoleculeFlowStacks::network);

    @Test
    void vpcSpansTheThreeConfiguredZonesWithPublicPrivateAndIsolatedSubnetsInEach() {
        Map<String, Map<String, Object>> subnets = ProdStacks.properties(network, "AWS::EC2::Subnet");
        assertThat(subnets).hasSize(9);
        Map<String, List<Object>> zonesByTier = subnets.values().stream().collect(Collectors.groupingBy(
                NetworkTest::tier, Collectors.mapping(s -> s.get("AvailabilityZone"), Collectors.toList())));
        List<String> zones = List.of("us-east-1a", "us-east-1b", "us-east-1c");
        assertThat(zonesByTier).containsOnlyKeys("Public", "Private", "Isolated");
        zonesByTier.values().forEach(tier -> assertThat(tier).containsExactlyInAnyOrderElementsOf(zones));
    }

    @Test
    void prodHasOneNatGatewayPerZone() {
        network.resourceCountIs("AWS::EC2::NatGateway", 3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ecr.api", "ecr.dkr", "secretsmanager", "logs"})
    void awsApisAreReachedThroughInterfaceEndpointsInThePrivateSubnets(String service) {
        network.hasResourceProperties("AWS::EC2::VPCEndpoint", Map.of(
                "ServiceName", "com.amazonaws.us-east-1." + service,
                "VpcEndpointType", "Interface",
                "PrivateDnsEnabled", true));
    }

    @Test
    void s3IsReachedThroughAGatewayEndpoint() {
        network.hasResourceProperties("AWS::EC2::VPCEndpoint", Map.of(
                "ServiceName", Map.of("Fn::Join", List.of("", List.of("com.amazonaws.", Map.of("Ref", "AWS::Region"), ".s3"))),
                "RouteTableIds", Match.anyValue()));
    }

    @Test
    void allTrafficOfTheVpcIsFlowLogged() {
        network.hasResourceProperties("AWS::EC2::FlowLog", Map.of("ResourceType", "VPC", "TrafficType", "ALL"));
        network.hasResourceProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 365));
    }

    @SuppressWarnings("unchecked")
    private static String tier(Map<String, Object> subnet) {
        return ((List<Map<String, Object>>) subnet.get("Tags")).stream()
                .filter(t -> "aws-cdk:subnet-type".equals(t.get("Key"))).map(t -> (String) t.get("Value"))
                .findFirst().orElseThrow();
    }
}
