package com.moleculeflow.infra;

import java.util.List;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import software.amazon.awscdk.services.ec2.IConnectable;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.elasticache.CfnReplicationGroup;
import software.amazon.awscdk.services.elasticache.CfnSubnetGroup;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

/**
 * ElastiCache for Redis (Valkey-compatible engine 7) behind the app's {@code REDIS_URL}: shared rate limits,
 * sessions and revoked tokens. One shard with replicas (cluster mode disabled, so a single primary endpoint fits
 * one URL), Multi-AZ automatic failover when there is a replica, encryption at rest with a KMS key and in transit
 * (TLS, hence {@code rediss://}), Redis AUTH with a generated token in Secrets Manager, isolated subnets.
 */
public final class Cache extends Construct {

    /** Redis port; the seed's REDIS_URL uses it. */
    public static final int PORT = 6379;

    /**
     * @param vpc      VPC with isolated subnets
     * @param settings node type and replica count
     */
    public record Props(IVpc vpc, EnvironmentConfig.CacheSettings settings) {
    }

    private final CfnReplicationGroup replicationGroup;
    private final SecurityGroup securityGroup;
    private final Secret authToken;

    public Cache(Construct scope, String id, Props props) {
        super(scope, id);
        securityGroup = SecurityGroup.Builder.create(this, "SecurityGroup")
                .vpc(props.vpc())
                .description("Redis: only the MoleculeFlow services")
                .allowAllOutbound(false)
                .build();
        var subnets = CfnSubnetGroup.Builder.create(this, "Subnets")
                .description("MoleculeFlow Redis, isolated subnets")
                .subnetIds(props.vpc().selectSubnets(
                        SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build()).getSubnetIds())
                .build();
        Key key = Key.Builder.create(this, "Key").description("MoleculeFlow Redis at rest").enableKeyRotation(true).build();
        authToken = Secret.Builder.create(this, "AuthToken")
                .description("Redis AUTH token (REDIS_PASSWORD)")
                .generateSecretString(SecretStringGenerator.builder()
                        .excludePunctuation(true).passwordLength(64).build())
                .build();
        boolean multiAz = props.settings().multiAz();
        replicationGroup = CfnReplicationGroup.Builder.create(this, "ReplicationGroup")
                .replicationGroupDescription("MoleculeFlow rate limits, sessions, revoked tokens")
                .engine("redis")
                .engineVersion("7.1")
                .cacheNodeType(props.settings().nodeType())
                .numNodeGroups(1)
                .replicasPerNodeGroup(props.settings().replicas())
                .automaticFailoverEnabled(multiAz)
                .multiAzEnabled(multiAz)
                .cacheSubnetGroupName(subnets.getRef())
                .securityGroupIds(List.of(securityGroup.getSecurityGroupId()))
                .port(PORT)
                .atRestEncryptionEnabled(true)
                .kmsKeyId(key.getKeyId())
                .transitEncryptionEnabled(true)
                .authToken(authToken.getSecretValue().unsafeUnwrap())
                .snapshotRetentionLimit(3)
                .build();

        NagSuppressions.addResourceSuppressions(replicationGroup, List.of(
                NagPackSuppression.builder().id("AwsSolutions-AEC5")
                        .reason("6379 is the port the seed's REDIS_URL uses; the security group, not the port number, "
                                + "limits access to the two services").build()));
        if (!multiAz) {
            NagSuppressions.addResourceSuppressions(replicationGroup, List.of(
                    NagPackSuppression.builder().id("AwsSolutions-AEC4")
                            .reason("this environment is configured without Redis replicas (dev: synthetic data, one "
                                    + "node to save cost); Redis holds only rate limits, sessions and revoked tokens, "
                                    + "which the app rebuilds after a node replacement").build()));
        }
        NagSuppressions.addResourceSuppressions(authToken, List.of(
                NagPackSuppression.builder().id("AwsSolutions-SMG4")
                        .reason("ElastiCache needs a coordinated AUTH token rotation (ROTATE strategy, then SET); it is a "
                                + "runbook step in docs/operations.md, not a Lambda rotation").build()));
    }

    /** Lets a service reach Redis; the rule lands in the client's stack. */
    public void allowFrom(IConnectable client, String description) {
        client.getConnections().allowTo(securityGroup, Port.tcp(PORT), description);
    }

    /** {@code REDIS_URL} without credentials; the token comes as {@code REDIS_PASSWORD}. */
    public String url() {
        return "rediss://" + replicationGroup.getAttrPrimaryEndPointAddress() + ":" + PORT + "/0";
    }

    public ISecret authToken() {
        return authToken;
    }

    public SecurityGroup securityGroup() {
        return securityGroup;
    }

    public CfnReplicationGroup replicationGroup() {
        return replicationGroup;
    }
}
