package com.moleculeflow.infra;

import java.util.List;

import software.amazon.awscdk.services.certificatemanager.Certificate;
import software.amazon.awscdk.services.certificatemanager.CertificateValidation;
import software.amazon.awscdk.services.route53.PublicHostedZone;
import software.constructs.Construct;

/**
 * The environment's public hosted zone ({@link EnvironmentConfig#domainName()}; delegate it from the parent
 * domain once) and the regional certificate of the origin host names, validated by DNS in that zone.
 */
public final class DomainZone extends Construct {

    /**
     * @param domainName       zone name
     * @param originDomainName host CloudFront and health checks use to reach the load balancer
     * @param appDomainName    public host of the app
     */
    public record Props(String domainName, String originDomainName, String appDomainName) {
        public static Props from(EnvironmentConfig config) {
            return new Props(config.domainName(), config.originDomainName(), config.appDomainName());
        }
    }

    private final PublicHostedZone zone;
    private final Certificate originCertificate;

    public DomainZone(Construct scope, String id, Props props) {
        super(scope, id);
        zone = PublicHostedZone.Builder.create(this, "Zone").zoneName(props.domainName()).build();
        originCertificate = Certificate.Builder.create(this, "OriginCertificate")
                .domainName(props.originDomainName())
                .subjectAlternativeNames(List.of(props.appDomainName()))
                .validation(CertificateValidation.fromDns(zone))
                .build();
    }

    public PublicHostedZone zone() {
        return zone;
    }

    public Certificate originCertificate() {
        return originCertificate;
    }
}
