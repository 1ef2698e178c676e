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
 * failover pair: PRIMARY is the primary region's load balancer, guarded by an HTTPS health check of
 * {@code /api/v1/health} every 30 s (3 failures = unhealthy); SECONDARY is {@code origin-dr.<domain>}, the standby
 * site's load balancer ({@link StandbyOrigin}). Without one it is a plain record. Nothing is cached except static
 * web assets; every header but Host, every cookie and query string reach the app.
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
     */
    public record Props(IHostedZone zone, IApplicationLoadBalancer loadBalancer, String originDomainName,
                        String drOriginDomainName, String appDomainName, ICertificate edgeCertificate, IBucket logs) {
    }

    private final Distribution distribution;
    private final CfnHealthCheck healthCheck;

    public Edge(Construct scope, String id, Props props) {
        super(scope, id);
        healthCheck = CfnHealthCheck.Builder.create(this, "PrimaryHealth")
                .healthCheckConfig(CfnHealthCheck.HealthCheckConfigProperty.builder()
                        .type("HTTPS")
                        .fullyQualifiedDomainName(props.loadBalancer().getLoadBalancerDnsName())
                        .port(443)
                        .resourcePath(AppServices.HEALTH_PATH)
                        .requestInterval(30)
                        .failureThreshold(3)
                        .build())
                .build();
        if (props.drOriginDomainName() == null) {
            // no standby site: the origin name is the load balancer, the health check feeds the alarms only
            originRecord("Origin", props, null, null, props.loadBalancer().getLoadBalancerDnsName());
        } else {
            originRecord("OriginPrimary", props, "PRIMARY", healthCheck.getAttrHealthCheckId(),
                    props.loadBalancer().getLoadBalancerDnsName());
            originRecord("OriginSecondary", props, "SECONDARY", null, props.drOriginDomainName());
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
        NagPackSuppression waf = NagPackSuppression.builder().id("AwsSolutions-CFR2")
                .reason("the regional WAFv2 WebACL on the load balancer (the only origin) inspects every request; a "
                        + "CLOUDFRONT-scope WebACL would have to live in us-east-1").build();
        List<NagPackSuppression> suppressions = props.edgeCertificate() == null
                ? List.of(geo, waf, NagPackSuppression.builder().id("AwsSolutions-CFR4")
                        .reason("without an edge certificate the distribution uses the default *.cloudfront.net "
                                + "certificate, whose viewer policy CloudFront fixes; with edgeCertificateArn it is "
                                + "TLSv1.2_2021").build())
                : List.of(geo, waf);
        NagSuppressions.addResourceSuppressions(distribution, suppressions);
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
