package com.moleculeflow.infra;

import java.util.List;

import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.cloudtrail.ReadWriteType;
import software.amazon.awscdk.services.cloudtrail.Trail;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/**
 * A multi-region CloudTrail of management events plus S3 data events of the documents bucket (who read which
 * regulated document), KMS-encrypted, with log-file validation, into its own bucket and CloudWatch Logs.
 */
public final class AuditTrail extends Construct {

    /**
     * @param documents    bucket whose object-level events are recorded
     * @param accessLogs   bucket for the trail bucket's access logs
     * @param logRetention CloudWatch Logs retention (the S3 copy is kept)
     */
    public record Props(IBucket documents, IBucket accessLogs, RetentionDays logRetention) {
    }

    private final Trail trail;

    public AuditTrail(Construct scope, String id, Props props) {
        super(scope, id);
        Key key = Key.Builder.create(this, "Key").description("MoleculeFlow CloudTrail").enableKeyRotation(true).build();
        Bucket bucket = Bucket.Builder.create(this, "Bucket")
                .encryption(BucketEncryption.S3_MANAGED)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .versioned(true)
                .serverAccessLogsBucket(props.accessLogs())
                .serverAccessLogsPrefix("cloudtrail/")
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        trail = Trail.Builder.create(this, "Trail")
                .bucket(bucket)
                .encryptionKey(key)
                .enableFileValidation(true)
                .isMultiRegionTrail(true)
                .includeGlobalServiceEvents(true)
                .sendToCloudWatchLogs(true)
                .cloudWatchLogsRetention(props.logRetention())
                .build();
        trail.addS3EventSelector(List.of(software.amazon.awscdk.services.cloudtrail.S3EventSelector.builder()
                .bucket(props.documents()).build()), software.amazon.awscdk.services.cloudtrail.AddEventSelectorOptions.builder()
                .readWriteType(ReadWriteType.ALL).build());
    }

    public Trail trail() {
        return trail;
    }
}
