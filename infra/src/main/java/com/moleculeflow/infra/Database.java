package com.moleculeflow.infra;

import java.util.List;
import java.util.Map;

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
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.rds.CaCertificate;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.CredentialsBaseOptions;
import software.amazon.awscdk.services.rds.DatabaseInstance;
import software.amazon.awscdk.services.rds.DatabaseInstanceBase;
import software.amazon.awscdk.services.rds.DatabaseInstanceEngine;
import software.amazon.awscdk.services.rds.IInstanceEngine;
import software.amazon.awscdk.services.rds.ParameterGroup;
import software.amazon.awscdk.services.rds.PerformanceInsightRetention;
import software.amazon.awscdk.services.rds.PostgresEngineVersion;
import software.amazon.awscdk.services.rds.PostgresInstanceEngineProps;
import software.amazon.awscdk.services.rds.RotationSingleUserOptions;
import software.amazon.awscdk.services.rds.StorageType;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.ReplicaRegion;
import software.constructs.Construct;

/**
 * RDS for PostgreSQL 17 in the isolated subnets: Multi-AZ where configured, storage and Performance Insights
 * encrypted with its own KMS key (rotated yearly), gp3 storage that grows up to the configured ceiling, automated
 * backups, TLS forced, IAM authentication on, logs exported to CloudWatch. The master credentials live in a
 * generated Secrets Manager secret rotated every 30 days by the AWS-provided single-user rotation function, and
 * replicated to the DR region when there is a standby site (the replica database shares them).
 *
 * <p>The parameter group allows the {@code rdkit} cartridge (RDS supports it; {@code CREATE EXTENSION rdkit} is
 * the app's choice, no preload needed) next to {@code pg_stat_statements}, which is preloaded.
 *
 * <p>The security group has no ingress rule of its own: {@link #allowFrom} adds one per service.
 */
public final class Database extends Construct {

    /** Extensions an application user may create. */
    public static final List<String> ALLOWED_EXTENSIONS = List.of("rdkit", "pg_stat_statements", "pgcrypto", "pg_trgm");

    /** Database name the app connects to. */
    public static final String DATABASE_NAME = "moleculeflow";
    public static final String MASTER_USER = "moleculeflow";
    public static final int PORT = 5432;
    public static final Duration ROTATION = Duration.days(30);
    /** Log types exported to CloudWatch Logs. */
    static final List<String> LOG_EXPORTS = List.of("postgresql", "upgrade");

    static final IInstanceEngine ENGINE = DatabaseInstanceEngine.postgres(PostgresInstanceEngineProps.builder()
            .version(PostgresEngineVersion.VER_17_6).build());

    /**
     * @param identifier          RDS instance identifier, e.g. {@code moleculeflow-prod}; fixed so the exported
     *                            log groups can be created here with their retention, and runbooks can name it
     * @param vpc                 VPC with isolated subnets
     * @param settings            class, Multi-AZ, storage, backup retention, deletion protection
     * @param logRetention        retention of exported PostgreSQL logs
     * @param secretReplicaRegion region the credentials secret is replicated to, or null
     */
    public record Props(String identifier, IVpc vpc, EnvironmentConfig.DatabaseSettings settings,
                        RetentionDays logRetention, String secretReplicaRegion) {
    }

    private final DatabaseInstance instance;
    private final SecurityGroup securityGroup;
    private final Key key;

    public Database(Construct scope, String id, Props props) {
        super(scope, id);
        EnvironmentConfig.DatabaseSettings settings = props.settings();
        key = Key.Builder.create(this, "Key")
                .description("MoleculeFlow database storage, snapshots and Performance Insights")
                .enableKeyRotation(true)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        securityGroup = securityGroup(this, props.vpc());
        CredentialsBaseOptions.Builder credentials = CredentialsBaseOptions.builder();
        if (props.secretReplicaRegion() != null) {
            credentials.replicaRegions(List.of(ReplicaRegion.builder().region(props.secretReplicaRegion()).build()));
        }
        instance = DatabaseInstance.Builder.create(this, "Instance")
                .instanceIdentifier(props.identifier())
                .engine(ENGINE)
                .instanceType(new InstanceType(settings.instanceType()))
                .vpc(props.vpc())
                .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build())
                .securityGroups(List.of(securityGroup))
                .multiAz(settings.multiAz())
                .databaseName(DATABASE_NAME)
                .credentials(Credentials.fromGeneratedSecret(MASTER_USER, credentials.build()))
                .parameterGroup(parameterGroup(this))
                .storageType(StorageType.GP3)
                .allocatedStorage(settings.allocatedStorageGiB())
                .maxAllocatedStorage(settings.maxAllocatedStorageGiB())
                .storageEncrypted(true)
                .storageEncryptionKey(key)
                .backupRetention(Duration.days(settings.backupRetentionDays()))
                .preferredBackupWindow("03:00-04:00")
                .preferredMaintenanceWindow("sun:04:30-sun:05:30")
                .deletionProtection(settings.deletionProtection())
                .removalPolicy(settings.deletionProtection() ? RemovalPolicy.SNAPSHOT : RemovalPolicy.DESTROY)
                .iamAuthentication(true)
                .enablePerformanceInsights(true)
                .performanceInsightEncryptionKey(key)
                .performanceInsightRetention(PerformanceInsightRetention.DEFAULT)
                .cloudwatchLogsExports(LOG_EXPORTS)
                .monitoringInterval(Duration.seconds(60))
                .caCertificate(CaCertificate.RDS_CA_RSA2048_G1)
                .autoMinorVersionUpgrade(true)
                .copyTagsToSnapshot(true)
                .build();
        exportedLogGroups(this, instance, props.identifier(), props.logRetention());
        instance.addRotationSingleUser(RotationSingleUserOptions.builder()
                .automaticallyAfter(ROTATION)
                .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build())
                .build());

        suppressCommonFindings(instance);
        if (!settings.multiAz()) {
            NagSuppressions.addResourceSuppressions(instance, List.of(
                    NagPackSuppression.builder().id("AwsSolutions-RDS3")
                            .reason("single-AZ is a cost decision of this non-production environment (EnvironmentConfig); "
                                    + "staging and prod are Multi-AZ").build()),
                    true);
        }
        if (!settings.deletionProtection()) {
            NagSuppressions.addResourceSuppressions(instance, List.of(
                    NagPackSuppression.builder().id("AwsSolutions-RDS10")
                            .reason("deletion protection is off only in environments that are torn down and rebuilt "
                                    + "from synthetic data (EnvironmentConfig)").build()),
                    true);
        }
    }

    /** A security group without ingress; clients are added with {@code allowTo} from their side. */
    static SecurityGroup securityGroup(Construct scope, IVpc vpc) {
        return SecurityGroup.Builder.create(scope, "SecurityGroup")
                .vpc(vpc)
                .description("PostgreSQL: only the MoleculeFlow services")
                .allowAllOutbound(false)
                .build();
    }

    static ParameterGroup parameterGroup(Construct scope) {
        return ParameterGroup.Builder.create(scope, "Parameters")
                .engine(ENGINE)
                .description("MoleculeFlow: rdkit allowed, TLS forced, slow statements logged")
                .parameters(Map.of(
                        "rds.allowed_extensions", String.join(",", ALLOWED_EXTENSIONS),
                        "shared_preload_libraries", "pg_stat_statements",
                        "rds.force_ssl", "1",
                        "log_min_duration_statement", "1000"))
                .build();
    }

    /**
     * The log groups RDS exports into, created here with their retention. Otherwise RDS creates them without
     * one, and CDK's way around that is a log-retention Lambda function with account-wide permissions.
     */
    static void exportedLogGroups(Construct scope, DatabaseInstanceBase instance, String identifier, RetentionDays retention) {
        for (String type : LOG_EXPORTS) {
            LogGroup group = LogGroup.Builder.create(scope, "Logs-" + type)
                    .logGroupName("/aws/rds/instance/" + identifier + "/" + type)
                    .retention(retention)
                    .removalPolicy(RemovalPolicy.RETAIN)
                    .build();
            instance.getNode().addDependency(group);
        }
    }

    static void suppressCommonFindings(DatabaseInstanceBase instance) {
        NagSuppressions.addResourceSuppressions(instance, List.of(
                NagPackSuppression.builder().id("AwsSolutions-RDS11")
                        .reason("PostgreSQL's default port 5432 is what the seed and DATABASE_URL use; the security group, "
                                + "not the port number, limits access to the two services").build(),
                NagPackSuppression.builder().id("AwsSolutions-IAM4")
                        .appliesTo(List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole"))
                        .reason("enhanced monitoring's role needs exactly what this AWS-maintained policy grants (write to "
                                + "the RDSOSMetrics log group); AWS updates it with the service").build()),
                true);
    }

    /**
     * Lets a service reach PostgreSQL; nothing else can. Called from the client's side so the rule lands in the
     * client's stack (the data stack must not depend on the compute stack).
     */
    public void allowFrom(IConnectable client, String description) {
        client.getConnections().allowTo(securityGroup, Port.tcp(PORT), description);
    }

    public DatabaseInstance instance() {
        return instance;
    }

    public ISecret secret() {
        return instance.getSecret();
    }

    public SecurityGroup securityGroup() {
        return securityGroup;
    }

    public Key key() {
        return key;
    }
}
