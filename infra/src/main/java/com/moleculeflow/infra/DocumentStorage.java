package com.moleculeflow.infra;

import java.util.List;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketAttributes;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ReplicationRule;
import software.amazon.awscdk.services.s3.StorageClass;
import software.amazon.awscdk.services.s3.Transition;
import software.constructs.Construct;

/**
 * The documents bucket behind {@code S3_BUCKET_NAME} (CDAs, MSAs, signed PDFs, import and results files):
 * versioned, KMS-encrypted with its own key, public access blocked, TLS only, objects move to
 * Intelligent-Tiering after 90 days (the seed's lifecycle lever), noncurrent versions expire after a year, and
 * everything (delete markers included) replicates to the DR region's replica bucket under the DR key. Server
 * access goes to a separate access-log bucket that the load balancer and CloudFront also write to.
 */
public final class DocumentStorage extends Construct {

    /** Days before objects move to Intelligent-Tiering. */
    public static final int TIERING_AFTER_DAYS = 90;
    /** Days a replaced or deleted version stays restorable. */
    public static final int NONCURRENT_VERSION_DAYS = 365;

    /**
     * @param replicaBucketArn ARN of the DR region's replica bucket
     * @param replicaKeyArn    ARN of the DR region's key the replicas are encrypted with
     */
    public record Props(String replicaBucketArn, String replicaKeyArn) {
    }

    private final Bucket documents;
    private final Bucket accessLogs;
    private final Key key;

    public DocumentStorage(Construct scope, String id, Props props) {
        super(scope, id);
        accessLogs = Buckets.accessLogs(this, "AccessLogs");
        key = Key.Builder.create(this, "Key")
                .description("MoleculeFlow documents")
                .enableKeyRotation(true)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        // imported, not the construct: the replica lives in another region's stack, and an imported bucket and
        // key make the grants land on the replication role instead of a resource policy over there
        IBucket replica = Bucket.fromBucketAttributes(this, "DrReplica",
                BucketAttributes.builder().bucketArn(props.replicaBucketArn()).build());
        IKey replicaKey = Key.fromKeyArn(this, "DrKey", props.replicaKeyArn());
        documents = Buckets.privateBuilder(this, "Documents")
                .versioned(true)
                .encryption(BucketEncryption.KMS)
                .encryptionKey(key)
                .bucketKeyEnabled(true)
                .serverAccessLogsBucket(accessLogs)
                .serverAccessLogsPrefix("documents/")
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .id("intelligent-tiering-after-90-days")
                        .transitions(List.of(Transition.builder()
                                .storageClass(StorageClass.INTELLIGENT_TIERING)
                                .transitionAfter(Duration.days(TIERING_AFTER_DAYS))
                                .build()))
                        .noncurrentVersionExpiration(Duration.days(NONCURRENT_VERSION_DAYS))
                        .abortIncompleteMultipartUploadAfter(Duration.days(7))
                        .build()))
                .replicationRules(List.of(ReplicationRule.builder()
                        .id("to-dr-region")
                        .destination(replica)
                        .priority(1)
                        .kmsKey(replicaKey)
                        .sseKmsEncryptedObjects(true)
                        .deleteMarkerReplication(true)
                        .build()))
                .build();
        NagSuppressions.addResourceSuppressions(documents.getNode().findChild("ReplicationRole"), List.of(
                NagPackSuppression.builder().id("AwsSolutions-IAM5")
                        .reason("S3 replication reads and writes object versions, so its grants name the objects of "
                                + "exactly two buckets (documents/* and the DR replica/*), and kms:ReEncrypt*/"
                                + "GenerateDataKey* on exactly the DR key; that is the CDK replication grant").build()),
                true);
    }

    public Bucket documents() {
        return documents;
    }

    public Bucket accessLogs() {
        return accessLogs;
    }

    public Key key() {
        return key;
    }
}
