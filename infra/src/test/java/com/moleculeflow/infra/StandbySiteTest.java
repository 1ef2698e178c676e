package com.moleculeflow.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The DR region of prod: data copies, and a standby site that waits at zero tasks. */
class StandbySiteTest {

    private final MoleculeFlowStacks stacks = ProdStacks.stacks();
    private final Template standby = ProdStacks.template(MoleculeFlowStacks::standby);

    @Test
    void drStacksLiveInTheDrRegionAndTheRestInThePrimary() {
        assertThat(stacks.drStore().getRegion()).isEqualTo("us-west-2");
        assertThat(stacks.standby().getRegion()).isEqualTo("us-west-2");
        assertThat(stacks.drRegistry().getRegion()).isEqualTo("us-west-2");
        for (var stack : java.util.List.of(stacks.network(), stacks.data(), stacks.identity(), stacks.compute(),
                stacks.edge(), stacks.operations(), stacks.registry())) {
            assertThat(stack.getRegion()).as(stack.getStackName()).isEqualTo("us-east-1");
        }
    }

    @Test
    void databaseReplicaFollowsThePrimaryAcrossRegionsEncryptedWithTheDrKey() {
        standby.hasResourceProperties("AWS::RDS::DBInstance", Map.of(
                "SourceDBInstanceIdentifier", Match.anyValue(),
                "SourceRegion", "us-east-1",
                "DBInstanceClass", "db.r5.2xlarge",
                "KmsKeyId", Match.anyValue(),
                "StorageType", "gp3",
                "StorageEncrypted", Match.absent()));
    }

    @Test
    void standbyServicesWaitAtZeroTasksAndScaleLikeThePrimaryOnceRaised() {
        standby.hasResourceProperties("AWS::ECS::Service", Map.of("DesiredCount", 0, "DeploymentController", Map.of("Type", "CODE_DEPLOY")));
        standby.hasResourceProperties("AWS::ECS::Service", Map.of("DesiredCount", 0, "DeploymentController", Map.of("Type", "ECS")));
        standby.hasResourceProperties("AWS::ApplicationAutoScaling::ScalableTarget", Map.of("MinCapacity", 0, "MaxCapacity", 20));
        standby.hasResourceProperties("AWS::ApplicationAutoScaling::ScalableTarget", Map.of("MinCapacity", 0, "MaxCapacity", 50));
        assertThat(ProdStacks.properties(standby, "AWS::ApplicationAutoScaling::ScalableTarget").values())
                .allSatisfy(target -> assertThat(target).doesNotContainKey("ScheduledActions"));
    }

    @Test
    void standbyLoadBalancerIsTheSecondaryOriginAndHasItsOwnFirewall() {
        standby.hasResourceProperties("AWS::Route53::RecordSet", Map.of(
                "Name", "origin-dr.moleculeflow.example.com.", "Type", "CNAME"));
        standby.resourceCountIs("AWS::WAFv2::WebACLAssociation", 1);
    }

    @Test
    void drStoreKeepsTheDocumentsReplicaAndBackupCopiesUnderItsOwnKey() {
        Template drStore = ProdStacks.template(MoleculeFlowStacks::drStore);
        drStore.hasResourceProperties("AWS::S3::Bucket", Map.of(
                "VersioningConfiguration", Map.of("Status", "Enabled"),
                "BucketEncryption", Match.objectLike(Map.of()),
                "PublicAccessBlockConfiguration", Match.objectLike(Map.of("BlockPublicPolicy", true))));
        drStore.hasResourceProperties("AWS::Backup::BackupVault", Map.of(
                "BackupVaultName", "moleculeflow-prod-dr", "EncryptionKeyArn", Match.anyValue()));
        drStore.hasResourceProperties("AWS::KMS::Key", Map.of("EnableKeyRotation", true));
    }
}
