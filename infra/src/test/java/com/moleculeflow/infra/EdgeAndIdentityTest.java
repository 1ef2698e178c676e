package com.moleculeflow.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** WAF, CloudFront, Route 53 failover and the Cognito user pool of prod. */
class EdgeAndIdentityTest {

    private final Template edge = ProdStacks.template(MoleculeFlowStacks::edge);
    private final Template identity = ProdStacks.template(MoleculeFlowStacks::identity);

    @Test
    void edgeFirewallOnCloudFrontAppliesTheOwaspRulesIpReputationAndAPerClientRateLimit() {
        edge.hasResourceProperties("AWS::WAFv2::WebACL", Map.of(
                "Scope", "CLOUDFRONT",
                "DefaultAction", Map.of("Allow", Map.of()),
                "Rules", Match.arrayWith(List.of(
                        managedRule("AWSManagedRulesCommonRuleSet"),
                        managedRule("AWSManagedRulesKnownBadInputsRuleSet"),
                        managedRule("AWSManagedRulesSQLiRuleSet"),
                        managedRule("AWSManagedRulesAmazonIpReputationList"),
                        Match.objectLike(Map.of("Statement", Map.of("RateBasedStatement",
                                Map.of("AggregateKeyType", "IP", "Limit", 2000)), "Action", Map.of("Block", Map.of())))))));
        Map<String, Object> distribution = ProdStacks.one(edge, "AWS::CloudFront::Distribution", "EdgeDistribution");
        assertThat(String.valueOf(distribution.get("DistributionConfig")))
                .contains("WebACLId={Fn::GetAtt=[" + logicalId("AWS::WAFv2::WebACL", "EdgeFirewall") + ", Arn]}");
    }

    /** Behind CloudFront the load balancer's callers are edge servers: the client is the forwarded address. */
    @Test
    void originFirewallOnTheLoadBalancerRateLimitsTheForwardedClientAndSkipsIpReputation() {
        Map<String, Object> origin = ProdStacks.one(edge, "AWS::WAFv2::WebACL", "OriginFirewall");
        assertThat(origin).containsEntry("Scope", "REGIONAL");
        assertThat(String.valueOf(origin.get("Rules"))).contains("AWSManagedRulesCommonRuleSet")
                .contains("AggregateKeyType=FORWARDED_IP").contains("HeaderName=X-Forwarded-For")
                .doesNotContain("AWSManagedRulesAmazonIpReputationList");
        edge.hasResourceProperties("AWS::WAFv2::WebACLAssociation", Map.of(
                "ResourceArn", Map.of("Fn::ImportValue", Match.stringLikeRegexp(".*AppLoadBalancer.*")),
                "WebACLArn", Map.of("Fn::GetAtt", List.of(logicalId("AWS::WAFv2::WebACL", "OriginFirewall"), "Arn"))));
    }

    @Test
    void cloudFrontServesHttpsOnlyFromTheFailoverOriginWithAccessLogs() {
        Map<String, Object> distribution = ProdStacks.one(edge, "AWS::CloudFront::Distribution", "EdgeDistribution");
        String config = String.valueOf(distribution.get("DistributionConfig"));
        assertThat(config).contains("ViewerProtocolPolicy=redirect-to-https").contains("DomainName=origin.moleculeflow.example.com")
                .contains("OriginProtocolPolicy=https-only").contains("Prefix=cloudfront/");
    }

    /** Route 53 answers with the secondary only while it is healthy: never with a standby at zero tasks. */
    @Test
    void originFailsOverToTheDrRegionOnlyWhileTheStandbyIsHealthy() {
        edge.hasResourceProperties("AWS::Route53::HealthCheck", Map.of("HealthCheckConfig", Match.objectLike(Map.of(
                "Type", "HTTPS", "ResourcePath", AppServices.HEALTH_PATH, "FailureThreshold", 3,
                "FullyQualifiedDomainName", "origin-dr.moleculeflow.example.com"))));
        edge.hasResourceProperties("AWS::Route53::RecordSet", Map.of(
                "Name", "origin.moleculeflow.example.com", "Failover", "PRIMARY",
                "HealthCheckId", Map.of("Fn::GetAtt", List.of(logicalId("AWS::Route53::HealthCheck", "EdgePrimaryHealth"), "HealthCheckId"))));
        edge.hasResourceProperties("AWS::Route53::RecordSet", Map.of(
                "Name", "origin.moleculeflow.example.com", "Failover", "SECONDARY",
                "ResourceRecords", List.of("origin-dr.moleculeflow.example.com"),
                "HealthCheckId", Map.of("Fn::GetAtt", List.of(logicalId("AWS::Route53::HealthCheck", "EdgeStandbyHealth"), "HealthCheckId"))));
    }

    @Test
    void userPoolRequiresMfaAndStrongPasswordsAndIsInvitationOnly() {
        identity.hasResourceProperties("AWS::Cognito::UserPool", Map.of(
                "MfaConfiguration", "ON",
                "EnabledMfas", List.of("SOFTWARE_TOKEN_MFA"),
                "AdminCreateUserConfig", Map.of("AllowAdminCreateUserOnly", true),
                "Policies", Map.of("PasswordPolicy", Match.objectLike(Map.of("MinimumLength", 12))),
                "DeletionProtection", "ACTIVE"));
        identity.hasResourceProperties("AWS::Cognito::UserPoolClient", Map.of(
                "AccessTokenValidity", 15, "AllowedOAuthFlows", List.of("code"),
                "CallbackURLs", List.of("https://app.moleculeflow.example.com/login/oauth2/code/cognito")));
    }

    /** The app's roles are its engine groups (identity.Role); Cognito groups carry the same names to the app. */
    @Test
    void cognitoGroupsAreTheAppsRoles() throws Exception {
        String roles = Files.readString(Path.of("..", "app", "src", "main", "java", "com", "moleculeflow", "app", "identity", "Role.java"));
        List<String> appGroups = Pattern.compile("[A-Z]+\\(\"([a-z]+)\"\\)").matcher(roles).results().map(m -> m.group(1)).toList();
        assertThat(appGroups).isNotEmpty();
        assertThat(UserDirectory.GROUPS).containsExactlyInAnyOrderElementsOf(appGroups);
        for (String group : appGroups) {
            identity.hasResourceProperties("AWS::Cognito::UserPoolGroup", Map.of("GroupName", group));
        }
    }

    private String logicalId(String type, String prefix) {
        return ProdStacks.properties(edge, type).keySet().stream().filter(id -> id.startsWith(prefix)).findFirst().orElseThrow();
    }

    private static Object managedRule(String name) {
        return Match.objectLike(Map.of("Name", name, "Statement", Map.of("ManagedRuleGroupStatement",
                Match.objectLike(Map.of("Name", name, "VendorName", "AWS")))));
    }
}
