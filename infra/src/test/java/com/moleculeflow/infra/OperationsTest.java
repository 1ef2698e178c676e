package com.moleculeflow.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** Alarms, dashboard and CloudTrail of prod. */
class OperationsTest {

    private final Template operations = ProdStacks.template(MoleculeFlowStacks::operations);

    @ParameterizedTest(name = "{0}: {1}/{2}")
    @CsvSource({
            "MonitoringLoadBalancer5xx,      AWS/ApplicationELB, HTTPCode_ELB_5XX_Count",
            "MonitoringTarget5xx,            AWS/ApplicationELB, HTTPCode_Target_5XX_Count",
            "MonitoringLatencyP95,           AWS/ApplicationELB, TargetResponseTime",
            "MonitoringApiCpu,               AWS/ECS,            CPUUtilization",
            "MonitoringApiMemory,            AWS/ECS,            MemoryUtilization",
            "MonitoringWorkerCpu,            AWS/ECS,            CPUUtilization",
            "MonitoringWorkerMemory,         AWS/ECS,            MemoryUtilization",
            "MonitoringQueueDepth,           MoleculeFlow,       OpenExternalTasks",
            "MonitoringDatabaseConnections,  AWS/RDS,            DatabaseConnections",
            "MonitoringDatabaseFreeStorage,  AWS/RDS,            FreeStorageSpace",
            "MonitoringDatabaseCpu,          AWS/RDS,            CPUUtilization",
            "MonitoringOriginHealth,         AWS/Route53,        HealthCheckStatus"})
    void everyOperatorAlarmWatchesItsMetricAndNotifiesTheAlarmTopic(String alarm, String namespace, String metric) {
        Map<String, Object> props = ProdStacks.one(operations, "AWS::CloudWatch::Alarm", alarm);
        assertThat(props).containsEntry("Namespace", namespace).containsEntry("MetricName", metric);
        assertThat(String.valueOf(props.get("AlarmActions"))).contains("MonitoringAlarms");
    }

    @Test
    void thresholdsFollowFromTheEnvironment() {
        EnvironmentConfig prod = EnvironmentConfig.of("prod");
        assertThat(ProdStacks.one(operations, "AWS::CloudWatch::Alarm", "MonitoringDatabaseFreeStorage"))
                .containsEntry("Threshold", prod.database().allocatedStorageGiB() * 1024L * 1024 * 1024 / 10);
        assertThat(ProdStacks.one(operations, "AWS::CloudWatch::Alarm", "MonitoringDatabaseConnections"))
                .containsEntry("Threshold", (prod.api().maxTasks() + prod.worker().maxTasks()) * AppEnvironment.DATABASE_POOL_SIZE * 9 / 10);
        assertThat(ProdStacks.one(operations, "AWS::CloudWatch::Alarm", "MonitoringQueueDepth"))
                .containsEntry("Dimensions", List.of(Map.of("Name", "Environment", "Value", "prod")));
    }

    @Test
    void alarmTopicIsEncryptedAndOneDashboardShowsTheAlarmedMetrics() {
        operations.hasResourceProperties("AWS::SNS::Topic", Map.of("KmsMasterKeyId", Match.anyValue()));
        operations.resourceCountIs("AWS::CloudWatch::Dashboard", 1);
        String body = String.valueOf(ProdStacks.one(operations, "AWS::CloudWatch::Dashboard", "MonitoringDashboard").get("DashboardBody"));
        for (String metric : List.of("HTTPCode_ELB_5XX_Count", "HTTPCode_Target_5XX_Count", "TargetResponseTime",
                "CPUUtilization", "MemoryUtilization", "OpenExternalTasks", "DatabaseConnections", "FreeStorageSpace")) {
            assertThat(body).as("dashboard shows " + metric).contains("\"" + metric + "\"");
        }
    }

    @Test
    void cloudTrailRecordsEveryRegionWithValidatedLogFilesAndDocumentReads() {
        operations.hasResourceProperties("AWS::CloudTrail::Trail", Map.of(
                "IsMultiRegionTrail", true,
                "IncludeGlobalServiceEvents", true,
                "EnableLogFileValidation", true,
                "IsLogging", true,
                "KMSKeyId", Match.anyValue(),
                "EventSelectors", List.of(Match.objectLike(Map.of("ReadWriteType", "All",
                        "DataResources", List.of(Match.objectLike(Map.of("Type", "AWS::S3::Object")))))),
                "CloudWatchLogsLogGroupArn", Match.anyValue()));
    }
}
