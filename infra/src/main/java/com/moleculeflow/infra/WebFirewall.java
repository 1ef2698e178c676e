package com.moleculeflow.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import software.amazon.awscdk.services.wafv2.CfnWebACL;
import software.amazon.awscdk.services.wafv2.CfnWebACLAssociation;
import software.constructs.Construct;

/**
 * A WAFv2 WebACL in one of two places.
 *
 * <ul>
 * <li>{@link Placement#EDGE}: CLOUDFRONT scope, on the distribution, where the client's own address is seen: AWS
 *     managed rule groups (core rule set, the OWASP Top 10 baseline; known bad inputs; SQL injection; Amazon IP
 *     reputation) and a rate rule that blocks a client IP above the configured requests per 5 minutes. CLOUDFRONT
 *     scope exists only in us-east-1, the primary region of every environment (EnvironmentConfig).</li>
 * <li>{@link Placement#ORIGIN}: REGIONAL scope, on a load balancer, whose callers are CloudFront's edge servers: the
 *     same content rules (they also guard requests that reach the load balancer directly), no IP reputation (it
 *     would judge CloudFront's addresses), and the rate rule keyed on the client address CloudFront forwards in
 *     {@code X-Forwarded-For}.</li>
 * </ul>
 *
 * <p>The core rule set's 8 KB body-size rule only counts, because molecule and results files are uploaded in the
 * request body.
 */
public final class WebFirewall extends Construct {

    /** Where the WebACL sits, which decides its scope and how it sees the client. */
    public enum Placement { EDGE, ORIGIN }

    /** Content rule groups of both placements, in priority order. */
    public static final List<String> CONTENT_RULE_GROUPS = List.of(
            "AWSManagedRulesCommonRuleSet",
            "AWSManagedRulesKnownBadInputsRuleSet",
            "AWSManagedRulesSQLiRuleSet");
    /** Judges the caller's address: at the edge only. */
    public static final String IP_REPUTATION_GROUP = "AWSManagedRulesAmazonIpReputationList";

    /**
     * @param placement       edge (CloudFront) or origin (load balancer)
     * @param loadBalancerArn load balancer to associate with at the origin; null at the edge, where the
     *                        distribution names the WebACL itself
     * @param requestsPer5Min rate limit per client IP
     */
    public record Props(Placement placement, String loadBalancerArn, int requestsPer5Min) {
    }

    private final CfnWebACL webAcl;

    public WebFirewall(Construct scope, String id, Props props) {
        super(scope, id);
        boolean edge = props.placement() == Placement.EDGE;
        List<String> groups = new ArrayList<>(CONTENT_RULE_GROUPS);
        if (edge) {
            groups.add(IP_REPUTATION_GROUP);
        }
        List<Object> rules = new ArrayList<>();
        for (String group : groups) {
            var statement = CfnWebACL.ManagedRuleGroupStatementProperty.builder().vendorName("AWS").name(group);
            if (group.equals("AWSManagedRulesCommonRuleSet")) {
                statement.ruleActionOverrides(List.of(CfnWebACL.RuleActionOverrideProperty.builder()
                        .name("SizeRestrictions_BODY")
                        .actionToUse(CfnWebACL.RuleActionProperty.builder()
                                .count(CfnWebACL.CountActionProperty.builder().build()).build())
                        .build()));
            }
            rules.add(CfnWebACL.RuleProperty.builder()
                    .name(group)
                    .priority(rules.size())
                    .statement(CfnWebACL.StatementProperty.builder().managedRuleGroupStatement(statement.build()).build())
                    .overrideAction(CfnWebACL.OverrideActionProperty.builder().none(Map.of()).build())
                    .visibilityConfig(visibility(group))
                    .build());
        }
        var rate = CfnWebACL.RateBasedStatementProperty.builder().limit(props.requestsPer5Min());
        if (edge) {
            rate.aggregateKeyType("IP");
        } else {
            // a request without the header did not come through CloudFront: the edge rate rule never saw it, and
            // the content rules still apply; it is not rate-limited as one shared "missing" client
            rate.aggregateKeyType("FORWARDED_IP").forwardedIpConfig(CfnWebACL.ForwardedIPConfigurationProperty.builder()
                    .headerName("X-Forwarded-For").fallbackBehavior("NO_MATCH").build());
        }
        rules.add(CfnWebACL.RuleProperty.builder()
                .name("RateLimitPerClientIp")
                .priority(rules.size())
                .statement(CfnWebACL.StatementProperty.builder().rateBasedStatement(rate.build()).build())
                .action(CfnWebACL.RuleActionProperty.builder().block(CfnWebACL.BlockActionProperty.builder().build()).build())
                .visibilityConfig(visibility("RateLimitPerClientIp"))
                .build());
        webAcl = CfnWebACL.Builder.create(this, "WebAcl")
                .scope(edge ? "CLOUDFRONT" : "REGIONAL")
                .defaultAction(CfnWebACL.DefaultActionProperty.builder()
                        .allow(CfnWebACL.AllowActionProperty.builder().build()).build())
                .visibilityConfig(visibility(edge ? "MoleculeFlowEdgeWebAcl" : "MoleculeFlowOriginWebAcl"))
                .rules(rules)
                .build();
        if (!edge) {
            CfnWebACLAssociation.Builder.create(this, "LoadBalancer")
                    .resourceArn(props.loadBalancerArn())
                    .webAclArn(webAcl.getAttrArn())
                    .build();
        }
    }

    private static CfnWebACL.VisibilityConfigProperty visibility(String metricName) {
        return CfnWebACL.VisibilityConfigProperty.builder()
                .metricName(metricName).cloudWatchMetricsEnabled(true).sampledRequestsEnabled(true).build();
    }

    public CfnWebACL webAcl() {
        return webAcl;
    }
}
