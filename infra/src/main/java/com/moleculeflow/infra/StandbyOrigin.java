package com.moleculeflow.infra;

import java.util.List;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.certificatemanager.Certificate;
import software.amazon.awscdk.services.certificatemanager.CertificateValidation;
import software.amazon.awscdk.services.certificatemanager.ICertificate;
import software.amazon.awscdk.services.elasticloadbalancingv2.IApplicationLoadBalancer;
import software.amazon.awscdk.services.route53.CnameRecord;
import software.amazon.awscdk.services.route53.IHostedZone;
import software.constructs.Construct;

/**
 * The standby site's name and certificate. CloudFront keeps asking for {@code origin.<domain>}; when the primary's
 * health check fails, Route 53 answers with {@code origin-dr.<domain>}, which points here. The certificate
 * therefore covers both names (CloudFront sends {@code origin.<domain>} as SNI and Host).
 */
public final class StandbyOrigin extends Construct {

    /**
     * @param zone               the environment's hosted zone (in the primary region's stack; DNS is global)
     * @param originDomainName   the name CloudFront uses
     * @param drOriginDomainName the standby's own name
     */
    public record Props(IHostedZone zone, String originDomainName, String drOriginDomainName) {
    }

    private final Props props;
    private final Certificate certificate;

    public StandbyOrigin(Construct scope, String id, Props props) {
        super(scope, id);
        this.props = props;
        certificate = Certificate.Builder.create(this, "Certificate")
                .domainName(props.originDomainName())
                .subjectAlternativeNames(List.of(props.drOriginDomainName()))
                .validation(CertificateValidation.fromDns(props.zone()))
                .build();
    }

    /** Points {@code origin-dr.<domain>} at the standby load balancer. */
    public void pointAt(IApplicationLoadBalancer loadBalancer) {
        CnameRecord.Builder.create(this, "Record")
                .zone(props.zone())
                .recordName(props.drOriginDomainName())
                .domainName(loadBalancer.getLoadBalancerDnsName())
                .ttl(Duration.seconds(60))
                .build();
    }

    public ICertificate certificate() {
        return certificate;
    }
}
