package com.moleculeflow.infra;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awscdk.services.wafv2.CfnWebACL;
import software.amazon.awscdk.services.wafv2.CfnWebACLAssociation;
import software.constructs.Construct;

/**
 * Regional WAFv2 WebACL on the load balancer: AWS managed rule groups (core rule set, the OWASP Top 10 baseline;
 * known bad inputs; SQL injection; Amazon IP reputation) and a rate-based rule that blocks a client IP above the
 * configured requests per 5 minutes. The core rule set's 8 KB body-size rule only counts, because molecule and
 * results files are uploaded in the request body.
 */
public final class WebFirewall extends Construct {

    /** AWS managed rule groups, in priority order. */
    public static final List<String> MANAGED_RULE_GROUPS = List.of(
            "AWSManagedRulesCommonRuleSet",
            "AWSManagedRulesKnownBadInputsRuleSet",
            "AWSManagedRulesSQLiRuleSet",
            "AWSManagedRulesAmazonIpReputationList");

    /**
     * @param loadBalancerArn   ALB to protect
     * @param requestsPer5Min   rate limit per client IP
     */
    public record Props(String loadBalancerArn, int requestsPer5Min) {
    }

    private final CfnWebACL webAcl;

    public WebFirewall(Construct scope, String id, Props props) {
        super(scope, id);
        List<Object> rules = new ArrayList<>();
        for (int i = 0; i < MANAGED_RULE_GROUPS.size(); i++) {
            String group = MANAGED_RULE_GROUPS.get(i);
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
                    .priority(i)
                    .statement(CfnWebACL.StatementProperty.builder().managedRuleGroupStatement(statement.build()).build())
                    .overrideAction(CfnWebACL.OverrideActionProperty.builder().none(java.util.Map.of()).build())
                    .visibilityConfig(visibility(group))
                    .build());
        }
        rules.add(CfnWebACL.RuleProperty.builder()
                .name("RateLimitPerIp")
                .priority(MANAGED_RULE_GROUPS.size())
                .statement(CfnWebACL.StatementProperty.builder()
                        .rateBasedStatement(CfnWebACL.RateBasedStatementProperty.builder()
                                .limit(props.requestsPer5Min()).aggregateKeyType("IP").build())
                        .build())
                .action(CfnWebACL.RuleActionProperty.builder().block(CfnWebACL.BlockActionProperty.builder().build()).build())
                .visibilityConfig(visibility("RateLimitPerIp"))
                .build());
        webAcl = CfnWebACL.Builder.create(this, "WebAcl")
                .scope("REGIONAL")
                .defaultAction(CfnWebACL.DefaultActionProperty.builder()
                        .allow(CfnWebACL.AllowActionProperty.builder().build()).build())
                .visibilityConfig(visibility("MoleculeFlowWebAcl"))
                .rules(rules)
                .build();
        CfnWebACLAssociation.Builder.create(this, "LoadBalancer")
                .resourceArn(props.loadBalancerArn())
                .webAclArn(webAcl.getAttrArn())
                .build();
    }

    private static CfnWebACL.VisibilityConfigProperty visibility(String metricName) {
        return CfnWebACL.VisibilityConfigProperty.builder()
                .metricName(metricName).cloudWatchMetricsEnabled(true).sampledRequestsEnabled(true).build();
    }

    public CfnWebACL webAcl() {
        return webAcl;
    }
}
