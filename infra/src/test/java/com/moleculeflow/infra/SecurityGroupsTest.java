package com.moleculeflow.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

/** Least privilege on the network: who may open a connection to what. */
class SecurityGroupsTest {

    // a rule from an address range would show up as a source "null": the exact lists below exclude it
    private final List<Template> primary = List.of(
            ProdStacks.template(MoleculeFlowStacks::network), ProdStacks.template(MoleculeFlowStacks::data),
            ProdStacks.template(MoleculeFlowStacks::compute));

    @Test
    void databaseAcceptsOnlyTheTwoServicesAndItsRotationFunction() {
        assertThat(sourcesOfIngressTo("DatabaseSecurityGroup"))
                .containsExactly("AppApiSecurityGroup", "AppWorkerSecurityGroup", "DatabaseInstanceRotationSingleUserSecurityGroup");
    }

    @Test
    void redisAcceptsOnlyTheTwoServices() {
        assertThat(sourcesOfIngressTo("CacheSecurityGroup")).containsExactly("AppApiSecurityGroup", "AppWorkerSecurityGroup");
    }

    @Test
    void apiTasksAcceptOnlyTheLoadBalancerOnTheAppPortAndWorkersAcceptNothing() {
        assertThat(sourcesOfIngressTo("AppApiSecurityGroup")).containsExactly("AppLoadBalancerSecurityGroup");
        assertThat(sourcesOfIngressTo("AppWorkerSecurityGroup")).isEmpty();
        ProdStacks.template(MoleculeFlowStacks::compute).hasResourceProperties("AWS::EC2::SecurityGroupIngress", Map.of(
                "GroupId", Map.of("Fn::GetAtt", List.of(logicalId("AWS::EC2::SecurityGroup", "AppApiSecurityGroup"), "GroupId")),
                "FromPort", AppServices.APP_PORT, "ToPort", AppServices.APP_PORT));
    }

    @Test
    void tasksOpenConnectionsOnlyToHttpsSmtpSubmissionPostgresqlAndRedis() {
        Set<Integer> ports = new TreeSet<>();
        for (String group : List.of("AppApiSecurityGroup", "AppWorkerSecurityGroup")) {
            Map<String, Object> inline = ProdStacks.one(ProdStacks.template(MoleculeFlowStacks::compute), "AWS::EC2::SecurityGroup", group);
            for (Object rule : (List<?>) inline.get("SecurityGroupEgress")) {
                ports.add((Integer) ((Map<?, ?>) rule).get("FromPort"));
            }
            ProdStacks.properties(ProdStacks.template(MoleculeFlowStacks::compute), "AWS::EC2::SecurityGroupEgress").values().stream()
                    .filter(rule -> String.valueOf(rule.get("GroupId")).contains(group))
                    .forEach(rule -> ports.add((Integer) rule.get("FromPort")));
        }
        assertThat(ports).containsExactly(443, 587, Database.PORT, Cache.PORT);
    }

    @Test
    void loadBalancerIsOpenOnlyForHttpsAndTheTestListenerOnlyInsideTheVpc() {
        Map<String, Object> group = ProdStacks.one(ProdStacks.template(MoleculeFlowStacks::compute),
                "AWS::EC2::SecurityGroup", "AppLoadBalancerSecurityGroup");
        assertThat((List<?>) group.get("SecurityGroupIngress")).extracting(rule -> {
            Map<?, ?> r = (Map<?, ?>) rule;
            return r.get("FromPort") + " " + (r.get("CidrIp") instanceof String cidr ? cidr : "vpc");
        }).containsExactlyInAnyOrder("443 0.0.0.0/0", AppServices.TEST_LISTENER_PORT + " vpc");
    }

    @Test
    void standbyDatabaseAndRedisAcceptOnlyTheStandbyServices() {
        Template standby = ProdStacks.template(MoleculeFlowStacks::standby);
        for (String target : List.of("DatabaseSecurityGroup", "CacheSecurityGroup")) {
            Set<String> sources = new TreeSet<>();
            ProdStacks.properties(standby, "AWS::EC2::SecurityGroupIngress").values().stream()
                    .filter(rule -> String.valueOf(rule.get("GroupId")).contains(target))
                    .forEach(rule -> sources.add(stem(String.valueOf(rule.get("SourceSecurityGroupId")))));
            assertThat(sources).as(target).containsExactly("AppApiSecurityGroup", "AppWorkerSecurityGroup");
        }
    }

    /** Logical-id stems of the security groups that may connect to the group with this stem, sorted. */
    private List<String> sourcesOfIngressTo(String groupStem) {
        Set<String> sources = new TreeSet<>();
        for (Template template : primary) {
            ProdStacks.properties(template, "AWS::EC2::SecurityGroupIngress").values().stream()
                    .filter(rule -> String.valueOf(rule.get("GroupId")).contains(groupStem))
                    .forEach(rule -> sources.add(stem(String.valueOf(rule.get("SourceSecurityGroupId")))));
            ProdStacks.properties(template, "AWS::EC2::SecurityGroup").forEach((id, group) -> {
                if (id.startsWith(groupStem) && group.get("SecurityGroupIngress") != null) {
                    ((List<?>) group.get("SecurityGroupIngress")).forEach(rule ->
                            sources.add(stem(String.valueOf(((Map<?, ?>) rule).get("SourceSecurityGroupId")))));
                }
            });
        }
        return new ArrayList<>(sources);
    }

    /** "{Fn::GetAtt=[AppApiSecurityGroup710D3F07, GroupId]}" -> "AppApiSecurityGroup". */
    private static String stem(String reference) {
        var matcher = java.util.regex.Pattern.compile("([A-Za-z]+SecurityGroup)[0-9A-F]{8}").matcher(reference);
        return matcher.find() ? matcher.group(1) : reference;
    }

    private static String logicalId(String type, String prefix) {
        return ProdStacks.properties(ProdStacks.template(MoleculeFlowStacks::compute), type).keySet().stream()
                .filter(id -> id.startsWith(prefix)).findFirst().orElseThrow();
    }
}
