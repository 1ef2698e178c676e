package com.moleculeflow.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awscdk.Stack;

/** Every store of every prod stack, both regions, encrypts what it keeps; every key of ours rotates. */
class EncryptionAtRestTest {

    @ParameterizedTest(name = "every {0} has {1}")
    @CsvSource({
            "AWS::S3::Bucket,                      BucketEncryption",
            "AWS::RDS::DBInstance,                 StorageEncrypted",
            "AWS::ElastiCache::ReplicationGroup,   AtRestEncryptionEnabled",
            "AWS::ElastiCache::ReplicationGroup,   TransitEncryptionEnabled",
            "AWS::SNS::Topic,                      KmsMasterKeyId",
            "AWS::Backup::BackupVault,             EncryptionKeyArn",
            "AWS::KMS::Key,                        EnableKeyRotation",
            "AWS::CloudTrail::Trail,               KMSKeyId"})
    void everyResourceOfTheTypeHasTheSettingOn(String type, String setting) {
        int seen = 0;
        for (Stack stack : ProdStacks.stacks().all()) {
            for (var entry : ProdStacks.properties(ProdStacks.template(s -> stack), type).entrySet()) {
                Object value = entry.getValue().get(setting);
                if (setting.equals("StorageEncrypted") && entry.getValue().containsKey("SourceDBInstanceIdentifier")) {
                    // a read replica inherits encryption from its source; across regions it names the DR key
                    value = entry.getValue().get("KmsKeyId");
                }
                assertThat(value).as("%s %s %s", stack.getStackName(), entry.getKey(), setting)
                        .isNotNull().isNotEqualTo(false);
                if (value instanceof Map<?, ?> map) {
                    assertThat(map).as("%s %s %s", stack.getStackName(), entry.getKey(), setting).isNotEmpty();
                }
                seen++;
            }
        }
        assertThat(seen).as("resources of type " + type).isPositive();
    }
}
