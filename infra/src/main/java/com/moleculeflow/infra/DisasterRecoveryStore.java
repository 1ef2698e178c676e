package com.moleculeflow.infra;

import java.util.List;

import software.amazon.awscdk.CrossStackReferences;
import software.amazon.awscdk.ReferenceStrength;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.backup.BackupVault;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.CfnBucket;
import software.constructs.Construct;

/**
 * The DR region's copies of the data: a KMS key, the documents replica bucket (versioned, KMS, public access
 * blocked, TLS only) that S3 replication writes to, and the AWS Backup vault that receives the database backup
 * copies; plus an access-log bucket for the replica and the standby load balancer. Deployed in the DR region
 * before the primary data stack, which reads the ARNs through weak cross-region references.
 */
public final class DisasterRecoveryStore extends Construct {

    /** Alias of the DR key, for operators looking for it in the console. */
    public static String keyAlias(String environment) {
        return "alias/moleculeflow-" + environment + "-dr";
    }

    private final Bucket documentsReplica;
    private final Bucket accessLogs;
    private final BackupVault vault;
    private final Key key;

    public DisasterRecoveryStore(Construct scope, String id, String environment) {
        super(scope, id);
        key = Key.Builder.create(this, "Key")
                .description("MoleculeFlow DR copies: documents replica, database backups and replica")
                .alias(keyAlias(environment))
                .enableKeyRotation(true)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        accessLogs = Buckets.accessLogs(this, "AccessLogs");
        documentsReplica = Buckets.privateBuilder(this, "DocumentsReplica")
                .versioned(true)
                .encryption(BucketEncryption.KMS)
                .encryptionKey(key)
                .bucketKeyEnabled(true)
                .serverAccessLogsBucket(accessLogs)
                .serverAccessLogsPrefix("documents-replica/")
                .build();
        vault = BackupVault.Builder.create(this, "Vault")
                // BackupVault passes a generated-name marker through unresolved: name it ourselves (one per environment)
                .backupVaultName("moleculeflow-" + environment + "-dr")
                .encryptionKey(key)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        // read from the primary region (replication, backup copies): cross-region references are weak, read
        // from this stack's outputs at deploy time (Fn::GetStackOutput) instead of custom-resource exports
        for (var resource : List.of(key, documentsReplica, vault)) {
            CrossStackReferences.of(resource).produce(ReferenceStrength.WEAK);
        }
    }

    public Bucket documentsReplica() {
        return documentsReplica;
    }

    public Bucket accessLogs() {
        return accessLogs;
    }

    /**
     * The replica's ARN for the primary region's replication rule. The CloudFormation attribute, not
     * {@link Bucket#getBucketArn()}: the L2 attribute insists on a physical name for any cross-region use, while
     * the raw attribute travels as a weak reference (a stack output) like the key's and the vault's ARNs.
     */
    public String documentsReplicaArn() {
        return ((CfnBucket) documentsReplica.getNode().getDefaultChild()).getAttrArn();
    }

    public BackupVault vault() {
        return vault;
    }

    public Key key() {
        return key;
    }
}
