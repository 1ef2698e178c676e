package com.moleculeflow.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** PostgreSQL, its backups, Redis, the documents bucket and the secrets, as prod has them. */
class DataStoresTest {

    private final Template data = ProdStacks.template(MoleculeFlowStacks::data);

    @Test
    void databaseIsTheSeedsMultiAzR5TwoXLargeEncryptedWithItsOwnKey() {
        Map<String, Object> db = ProdStacks.one(data, "AWS::RDS::DBInstance", "DatabaseInstance");
        assertThat(db).containsEntry("DBInstanceClass", "db.r5.2xlarge").containsEntry("MultiAZ", true)
                .containsEntry("StorageEncrypted", true).containsEntry("Engine", "postgres")
                .containsEntry("DeletionProtection", true).containsEntry("BackupRetentionPeriod", 35)
                .containsEntry("PubliclyAccessible", false);
        assertThat(String.valueOf(db.get("KmsKeyId"))).contains("DatabaseKey");
    }

    @Test
    void databaseParametersAllowTheRdkitExtensionAndForceTls() {
        data.hasResourceProperties("AWS::RDS::DBParameterGroup", Map.of("Parameters", Match.objectLike(Map.of(
                "rds.allowed_extensions", Match.stringLikeRegexp("(.*,)?rdkit(,.*)?"),
                "rds.force_ssl", "1"))));
    }

    @Test
    void databaseAndRedisLiveInTheThreeIsolatedSubnets() {
        for (var group : List.of(ProdStacks.one(data, "AWS::RDS::DBSubnetGroup", "DatabaseInstanceSubnetGroup").get("SubnetIds"),
                ProdStacks.one(data, "AWS::ElastiCache::SubnetGroup", "CacheSubnets").get("SubnetIds"))) {
            assertThat((List<?>) group).hasSize(3).allSatisfy(subnet -> assertThat(String.valueOf(subnet)).contains("isolatedSubnet"));
        }
    }

    @Test
    void databaseBackupsAreCopiedDailyToTheDrRegionsVault() {
        data.hasResourceProperties("AWS::Backup::BackupPlan", Map.of("BackupPlan", Match.objectLike(Map.of(
                "BackupPlanRule", List.of(Match.objectLike(Map.of(
                        "ScheduleExpression", "cron(0 5 * * ? *)",
                        "Lifecycle", Map.of("DeleteAfterDays", 35),
                        "CopyActions", List.of(Map.of(
                                "DestinationBackupVaultArn", Map.of("Fn::GetStackOutput", Match.objectLike(Map.of(
                                        "StackName", "MoleculeFlow-prod-DrStore", "Region", "us-west-2"))),
                                "Lifecycle", Map.of("DeleteAfterDays", 35))))))))));
        data.resourceCountIs("AWS::Backup::BackupSelection", 1);
    }

    @Test
    void databaseCredentialsRotateEveryThirtyDays() {
        data.hasResourceProperties("AWS::SecretsManager::RotationSchedule", Map.of(
                "RotationRules", Map.of("ScheduleExpression", "rate(30 days)")));
    }

    @Test
    void redisIsMultiAzWithEncryptionAtRestInTransitAndAnAuthToken() {
        data.hasResourceProperties("AWS::ElastiCache::ReplicationGroup", Map.of(
                "Engine", "redis",
                "MultiAZEnabled", true,
                "AutomaticFailoverEnabled", true,
                "ReplicasPerNodeGroup", 2,
                "AtRestEncryptionEnabled", true,
                "TransitEncryptionEnabled", true,
                "AuthToken", Match.anyValue()));
    }

    @Test
    void documentsBucketIsVersionedKmsEncryptedPrivateAndTlsOnly() {
        Map<String, Object> bucket = ProdStacks.one(data, "AWS::S3::Bucket", "StorageDocuments");
        assertThat(bucket).containsEntry("VersioningConfiguration", Map.of("Status", "Enabled"))
                .containsEntry("PublicAccessBlockConfiguration", Map.of("BlockPublicAcls", true,
                        "BlockPublicPolicy", true, "IgnorePublicAcls", true, "RestrictPublicBuckets", true));
        assertThat(String.valueOf(bucket.get("BucketEncryption"))).contains("SSEAlgorithm=aws:kms")
                .contains("BucketKeyEnabled=true");
        data.hasResourceProperties("AWS::S3::BucketPolicy", Map.of(
                "Bucket", Map.of("Ref", Match.stringLikeRegexp("StorageDocuments.*")),
                "PolicyDocument", Map.of("Version", "2012-10-17", "Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Effect", "Deny", "Action", "s3:*",
                        "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))));
    }

    @Test
    void documentsMoveToIntelligentTieringAfterNinetyDaysAndReplicateToTheDrRegion() {
        Map<String, Object> bucket = ProdStacks.one(data, "AWS::S3::Bucket", "StorageDocuments");
        assertThat(String.valueOf(bucket.get("LifecycleConfiguration")))
                .contains("StorageClass=INTELLIGENT_TIERING").contains("TransitionInDays=" + DocumentStorage.TIERING_AFTER_DAYS);
        data.hasResourceProperties("AWS::S3::Bucket", Map.of("ReplicationConfiguration", Map.of(
                "Role", Match.anyValue(),
                "Rules", List.of(Match.objectLike(Map.of(
                        "Status", "Enabled",
                        "DeleteMarkerReplication", Map.of("Status", "Enabled"),
                        "Destination", Match.objectLike(Map.of(
                                "Bucket", Map.of("Fn::GetStackOutput", Match.objectLike(Map.of(
                                        "StackName", "MoleculeFlow-prod-DrStore", "Region", "us-west-2"))),
                                "EncryptionConfiguration", Match.objectLike(Map.of())))))))));
    }

    @Test
    void appSecretHoldsTheSeedsKeysWithAGeneratedSecretKey() {
        data.hasResourceProperties("AWS::SecretsManager::Secret", Map.of("GenerateSecretString", Match.objectLike(Map.of(
                "GenerateStringKey", AppSecrets.GENERATED_KEY,
                "SecretStringTemplate", Match.stringLikeRegexp(".*DOCUSIGN_INTEGRATION_KEY.*SMTP_PASSWORD.*")))));
    }

    @Test
    void nothingHoldingRegulatedDataIsDeletedWithItsStack() {
        for (String type : List.of("AWS::RDS::DBInstance", "AWS::S3::Bucket", "AWS::KMS::Key", "AWS::Backup::BackupVault")) {
            data.findResources(type).forEach((id, resource) -> assertThat(((Map<?, ?>) resource).get("DeletionPolicy"))
                    .as("%s %s", type, id).isIn("Retain", "Snapshot"));
        }
    }
}
