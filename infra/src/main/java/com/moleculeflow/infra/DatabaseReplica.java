package com.moleculeflow.infra;

import java.util.List;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ec2.IConnectable;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.rds.CaCertificate;
import software.amazon.awscdk.services.rds.CfnDBInstance;
import software.amazon.awscdk.services.rds.DatabaseInstanceReadReplica;
import software.amazon.awscdk.services.rds.IDatabaseInstance;
import software.amazon.awscdk.services.rds.PerformanceInsightRetention;
import software.amazon.awscdk.services.rds.StorageType;
import software.constructs.Construct;

/**
 * The standby site's database: a cross-region read replica of the primary (the seed's "RDS Replica" in region B),
 * so the DR region is seconds behind instead of a backup copy behind. Encrypted with the DR region's key,
 * same class, parameters and TLS rules as the primary; single-AZ while it stands by (after promotion, modify it
 * to Multi-AZ: docs/operations.md). The app never runs against it unpromoted: it is read-only, and the services
 * of the standby site stay at zero tasks until an operator promotes it.
 */
public final class DatabaseReplica extends Construct {

    /**
     * @param identifier   RDS instance identifier of the replica
     * @param vpc          the standby site's VPC
     * @param source       the primary instance
     * @param sourceRegion the primary's region (CloudFormation needs it to create a cross-region replica)
     * @param settings     the primary's settings: same class, same deletion protection
     * @param key          the DR region's key
     * @param logRetention retention of exported logs
     */
    public record Props(String identifier, IVpc vpc, IDatabaseInstance source, String sourceRegion,
                        EnvironmentConfig.DatabaseSettings settings, IKey key, RetentionDays logRetention) {
    }

    private final DatabaseInstanceReadReplica instance;
    private final SecurityGroup securityGroup;

    public DatabaseReplica(Construct scope, String id, Props props) {
        super(scope, id);
        securityGroup = Database.securityGroup(this, props.vpc());
        instance = DatabaseInstanceReadReplica.Builder.create(this, "Instance")
                .instanceIdentifier(props.identifier())
                .sourceDatabaseInstance(props.source())
                .instanceType(new InstanceType(props.settings().instanceType()))
                .vpc(props.vpc())
                .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build())
                .securityGroups(List.of(securityGroup))
                .multiAz(false)
                .parameterGroup(Database.parameterGroup(this))
                .storageEncryptionKey(props.key())
                .storageType(StorageType.GP3)
                .maxAllocatedStorage(props.settings().maxAllocatedStorageGiB())
                // no backupRetention: RDS for PostgreSQL keeps no automated backups of a read replica; the fail-over
                // runbook turns them on right after promotion (docs/operations.md)
                .deletionProtection(props.settings().deletionProtection())
                .removalPolicy(props.settings().deletionProtection() ? RemovalPolicy.SNAPSHOT : RemovalPolicy.DESTROY)
                .iamAuthentication(true)
                .enablePerformanceInsights(true)
                .performanceInsightEncryptionKey(props.key())
                .performanceInsightRetention(PerformanceInsightRetention.DEFAULT)
                .cloudwatchLogsExports(Database.LOG_EXPORTS)
                .monitoringInterval(Duration.seconds(60))
                .caCertificate(CaCertificate.RDS_CA_RSA2048_G1)
                .autoMinorVersionUpgrade(true)
                .build();
        CfnDBInstance cfn = (CfnDBInstance) instance.getNode().getDefaultChild();
        cfn.addPropertyOverride("SourceRegion", props.sourceRegion());
        // a replica inherits encryption from its source and CloudFormation wants StorageEncrypted left out; the DR
        // key (KmsKeyId) is what a cross-region replica needs
        cfn.addPropertyDeletionOverride("StorageEncrypted");
        Database.exportedLogGroups(this, instance, props.identifier(), props.logRetention());

        Database.suppressCommonFindings(instance);
        NagSuppressions.addResourceSuppressions(instance, List.of(
                NagPackSuppression.builder().id("AwsSolutions-RDS3")
                        .reason("a standing-by replica is single-AZ to halve its cost; the fail-over runbook makes it "
                                + "Multi-AZ right after promotion").build()),
                true);
    }

    /** Lets a standby service reach the replica (once promoted, the same rule serves). */
    public void allowFrom(IConnectable client, String description) {
        client.getConnections().allowTo(securityGroup, Port.tcp(Database.PORT), description);
    }

    public DatabaseInstanceReadReplica instance() {
        return instance;
    }

    public SecurityGroup securityGroup() {
        return securityGroup;
    }
}
