package com.moleculeflow.infra;

import java.util.List;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import software.amazon.awscdk.services.certificatemanager.ICertificate;
import software.amazon.awscdk.services.cloudfront.AllowedMethods;
import software.amazon.awscdk.services.cloudfront.BehaviorOptions;
import software.amazon.awscdk.services.cloudfront.CachePolicy;
import software.amazon.awscdk.services.cloudfront.Distribution;
import software.amazon.awscdk.services.cloudfront.HttpVersion;
import software.amazon.awscdk.services.cloudfront.OriginProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.OriginRequestPolicy;
import software.amazon.awscdk.services.cloudfront.OriginSslPolicy;
import software.amazon.awscdk.services.cloudfront.PriceClass;
import software.amazon.awscdk.services.cloudfront.SecurityPolicyProtocol;
import software.amazon.awscdk.services.cloudfront.ViewerProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.origins.HttpOrigin;
import software.amazon.awscdk.services.elasticloadbalancingv2.IApplicationLoadBalancer;
import software.amazon.awscdk.services.route53.ARecord;
import software.amazon.awscdk.services.route53.CfnHealthCheck;
import software.amazon.awscdk.services.route53.CfnRecordSet;
import software.amazon.awscdk.services.route53.IHostedZone;
import software.amazon.awscdk.services.route53.RecordTarget;
import software.amazon.awscdk.services.route53.targets.CloudFrontTarget;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/**
 * CloudFront in front of the load balancer, and DNS failover to the DR region.
 *
 * <p>CloudFront reaches the origin by {@code origin.<domain>}. With a standby site that name is a Route 53
 * failover pair: PRIMARY is the primary region's load balancer, SECONDARY is {@code origin-dr.<domain>}, the
 * standby site's load balancer ({@link StandbyOrigin}); each is guarded by an HTTPS health check of
 * {@code /api/v1/health} every 30 s (3 failures = unhealthy). Route 53 answers with the secondary only while the
 * primary is unhealthy and the secondary healthy, so traffic never moves to a standby that waits at zero tasks (or
 * on an unpromoted replica): fail-over starts when an operator brings the standby up (docs/operations.md). Without
 * a standby site the origin is a plain record and the primary's health check feeds an alarm ({@link Monitoring}).
 * Nothing is cached except static web assets; every header but Host, every cookie and query string reach the app.
 * The distribution carries the edge WebACL ({@link WebFirewall.Placement#EDGE}).
 *
 * <p>With an edge certificate (ACM, us-east-1, passed as context {@code edgeCertificateArn}) the distribution
 * answers on {@code app.<domain>} with TLS 1.2 (2021 policy) and an alias record points there; without one it
 * answers on its own {@code *.cloudfront.net} name.
 */
public final class Edge extends Construct {

    /**
     * @param zone              hosted zone of the environment
     * @param loadBalancer      primary region's load balancer
     * @param originDomainName  failover record name CloudFront uses
     * @param drOriginDomainName DR target of the failover record, or null without a standby site
     * @param appDomainName     public host of the app
     * @param edgeCertificate   us-east-1 certificate for the app host, or null
     * @param logs              access-log bucket
     * @param webAclArn         the edge WebACL (CLOUDFRONT scope)
     */
    public record Props(IHostedZone zone, IApplicationLoadBalancer loadBalancer, String originDomainName,
                        String drOriginDomainName, String appDomainName, ICertificate edgeCertificate, IBucket logs,
                        String webAclArn) {
    }

    private final Distribution distribution;
    private final CfnHealthCheck healthCheck;

    public Edge(Construct scope, String id, Props props) {
        super(scope, id);
        healthCheck = healthCheck("PrimaryHealth", props.loadBalancer().getLoadBalancerDnsName());
        if (props.drOriginDomainName() == null) {
            originRecord("Origin", props, null, null, props.loadBalancer().getLoadBalancerDnsName());
        } else {
            originRecord("OriginPrimary", props, "PRIMARY", healthCheck.getAttrHealthCheckId(),
                    props.loadBalancer().getLoadBalancerDnsName());
            // the standby's certificate covers origin-dr.<domain>: checked by that name
            originRecord("OriginSecondary", props, "SECONDARY",
                    healthCheck("StandbyHealth", props.drOriginDomainName()).getAttrHealthCheckId(),
                    props.drOriginDomainName());
        }

        var origin = HttpOrigin.Builder.create(props.originDomainName())
                .protocolPolicy(OriginProtocolPolicy.HTTPS_ONLY)
                .originSslProtocols(List.of(OriginSslPolicy.TLS_V1_2))
                .readTimeout(software.amazon.awscdk.Duration.seconds(60))
                .build();
        var builder = Distribution.Builder.create(this, "Distribution")
                .comment("MoleculeFlow")
                .defaultBehavior(BehaviorOptions.builder()
                        .origin(origin)
                        .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                        .allowedMethods(AllowedMethods.ALLOW_ALL)
                        .cachePolicy(CachePolicy.CACHING_DISABLED)
                        .originRequestPolicy(OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER)
                        .build())
                .additionalBehaviors(java.util.Map.of("/webjars/*", BehaviorOptions.builder()
                        .origin(origin)
                        .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                        .cachePolicy(CachePolicy.CACHING_OPTIMIZED)
                        .build()))
                .httpVersion(HttpVersion.HTTP2_AND_3)
                .priceClass(PriceClass.PRICE_CLASS_ALL)
                .webAclId(props.webAclArn())
                .enableLogging(true)
                .logBucket(props.logs())
                .logFilePrefix("cloudfront/");
        if (props.edgeCertificate() != null) {
            builder.domainNames(List.of(props.appDomainName()))
                    .certificate(props.edgeCertificate())
                    .minimumProtocolVersion(SecurityPolicyProtocol.TLS_V1_2_2021);
        }
        distribution = builder.build();
        if (props.edgeCertificate() != null) {
            ARecord.Builder.create(this, "App")
                    .zone(props.zone())
                    .recordName(props.appDomainName())
                    .target(RecordTarget.fromAlias(new CloudFrontTarget(distribution)))
                    .build();
        }

        NagPackSuppression geo = NagPackSuppression.builder().id("AwsSolutions-CFR1")
                .reason("pharma and CRO users collaborate globally (seed section 2); access is by authenticated "
                        + "account, not by country").build();
        List<NagPackSuppression> suppressions = props.edgeCertificate() == null
                ? List.of(geo, NagPackSuppression.builder().id("AwsSolutions-CFR4")
                        .reason("without an edge certificate the distribution uses the default *.cloudfront.net "
                                + "certificate, whose viewer policy CloudFront fixes; with edgeCertificateArn it is "
                                + "TLSv1.2_2021").build())
                : List.of(geo);
        NagSuppressions.addResourceSuppressions(distribution, suppressions);
    }

    private CfnHealthCheck healthCheck(String id, String domainName) {
        return CfnHealthCheck.Builder.create(this, id)
                .healthCheckConfig(CfnHealthCheck.HealthCheckConfigProperty.builder()
                        .type("HTTPS")
                        .fullyQualifiedDomainName(domainName)
                        .port(443)
                        .enableSni(true)
                        .resourcePath(AppServices.HEALTH_PATH)
                        .requestInterval(30)
                        .failureThreshold(3)
                        .build())
                .build();
    }

    private void originRecord(String id, Props props, String failover, String healthCheckId, String target) {
        var record = CfnRecordSet.Builder.create(this, id)
                .hostedZoneId(props.zone().getHostedZoneId())
                .name(props.originDomainName())
                .type("CNAME")
                .ttl("60")
                .resourceRecords(List.of(target));
        if (failover != null) {
            record.setIdentifier(failover.toLowerCase(java.util.Locale.ROOT)).failover(failover).healthCheckId(healthCheckId);
        }
        record.build();
    }

    public Distribution distribution() {
        return distribution;
    }

    public CfnHealthCheck healthCheck() {
        return healthCheck;
    }
}
