package com.moleculeflow.infra;

import java.util.List;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.constructs.Construct;

/** What every bucket of ours shares: public access blocked, TLS only, retained with the stack's deletion. */
final class Buckets {

    /** Access logs are kept 400 days: a year of audits plus a month to read the last one. */
    static final int ACCESS_LOG_DAYS = 400;

    private Buckets() {
    }

    /** Private, TLS-only, owner-enforced, retained; callers add encryption, versioning, logging. */
    static Bucket.Builder privateBuilder(Construct scope, String id) {
        return Bucket.Builder.create(scope, id)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .enforceSsl(true)
                .removalPolicy(RemovalPolicy.RETAIN);
    }

    /**
     * Target of S3 server access logs, load-balancer logs and CloudFront standard logs. SSE-S3, because ALB log
     * delivery cannot write with a customer key; object-writer ownership, because CloudFront's standard logging
     * still writes with ACLs.
     */
    static Bucket accessLogs(Construct scope, String id) {
        Bucket bucket = privateBuilder(scope, id)
                .encryption(BucketEncryption.S3_MANAGED)
                .objectOwnership(ObjectOwnership.OBJECT_WRITER)
                .lifecycleRules(List.of(LifecycleRule.builder().expiration(Duration.days(ACCESS_LOG_DAYS)).build()))
                .build();
        NagSuppressions.addResourceSuppressions(bucket, List.of(
                NagPackSuppression.builder().id("AwsSolutions-S1")
                        .reason("this is the access-log bucket itself; logging its access into itself would loop").build()));
        return bucket;
    }
}
