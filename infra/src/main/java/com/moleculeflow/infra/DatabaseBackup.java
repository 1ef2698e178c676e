package com.moleculeflow.infra;

import java.util.List;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.backup.BackupPlan;
import software.amazon.awscdk.services.backup.BackupPlanCopyActionProps;
import software.amazon.awscdk.services.backup.BackupPlanRule;
import software.amazon.awscdk.services.backup.BackupPlanRuleProps;
import software.amazon.awscdk.services.backup.BackupResource;
import software.amazon.awscdk.services.backup.BackupSelectionOptions;
import software.amazon.awscdk.services.backup.BackupVault;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.CronOptions;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.rds.IDatabaseInstance;
import software.constructs.Construct;

/**
 * Daily AWS Backup of the database into a vault in the primary region, each recovery point copied to the DR
 * region's vault (the seed's "database snapshots to secondary region"). Both keep the configured retention.
 * RDS's own automated backups (point-in-time restore) run beside this.
 */
public final class DatabaseBackup extends Construct {

    /**
     * @param database      instance to back up
     * @param key           key of the primary vault
     * @param retentionDays how long recovery points live in both regions
     * @param drVaultArn    ARN of the DR region's vault the recovery points are copied to
     */
    public record Props(IDatabaseInstance database, IKey key, int retentionDays, String drVaultArn) {
    }

    private final BackupPlan plan;

    public DatabaseBackup(Construct scope, String id, Props props) {
        super(scope, id);
        BackupVault vault = BackupVault.Builder.create(this, "Vault")
                .encryptionKey(props.key())
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        var drVault = BackupVault.fromBackupVaultArn(this, "DrVault", props.drVaultArn());
        plan = BackupPlan.Builder.create(this, "Plan").backupVault(vault).build();
        plan.addRule(new BackupPlanRule(BackupPlanRuleProps.builder()
                .ruleName("daily-with-dr-copy")
                .scheduleExpression(Schedule.cron(CronOptions.builder().hour("5").minute("0").build()))
                .deleteAfter(Duration.days(props.retentionDays()))
                .copyActions(List.of(BackupPlanCopyActionProps.builder()
                        .destinationBackupVault(drVault)
                        .deleteAfter(Duration.days(props.retentionDays()))
                        .build()))
                .build()));
        var selection = plan.addSelection("Database", BackupSelectionOptions.builder()
                .resources(List.of(BackupResource.fromRdsDatabaseInstance(props.database())))
                .build());
        NagSuppressions.addResourceSuppressions(selection, List.of(
                NagPackSuppression.builder().id("AwsSolutions-IAM4")
                        .appliesTo(List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup"))
                        .reason("the AWS Backup service role needs what this AWS-maintained policy grants (snapshot, copy "
                                + "and tag of the selected resources); AWS updates it with the service").build()),
                true);
    }

    public BackupPlan plan() {
        return plan;
    }
}
