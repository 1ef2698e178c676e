package com.moleculeflow.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The seed's auto-scaling tables (section 5) as Application Auto Scaling in prod. */
class ServiceScalingTest {

    private final Template compute = ProdStacks.template(MoleculeFlowStacks::compute);

    @ParameterizedTest(name = "{0}: {1}..{2} tasks")
    @CsvSource({"AppApiService, 2, 20", "AppWorkerService, 2, 50"})
    void tasksScaleWithinTheSeedsMinimumAndMaximumInstances(String service, int min, int max) {
        Map<String, Object> target = ProdStacks.one(compute, "AWS::ApplicationAutoScaling::ScalableTarget", service);
        assertThat(target).containsEntry("MinCapacity", min).containsEntry("MaxCapacity", max)
                .containsEntry("ScalableDimension", "ecs:service:DesiredCount");
    }

    /** Each rule of the seed is an alarm (threshold, minutes) driving a step policy with the seed's cooldown. */
    @ParameterizedTest(name = "{0}: {1} {2} for {3} min, cooldown {4} s")
    @CsvSource({
            "AppApiServiceTaskCountTargetRequestsPerTaskUpper,    GreaterThanOrEqualToThreshold, 1000, 3,  180",
            "AppApiServiceTaskCountTargetRequestsPerTaskLower,    LessThanOrEqualToThreshold,    500,  3,  180",
            "AppApiServiceTaskCountTargetCpuOutUpper,             GreaterThanOrEqualToThreshold, 60,   3,  300",
            "AppApiServiceTaskCountTargetCpuInLower,              LessThanOrEqualToThreshold,    20,   10, 300",
            "AppWorkerServiceTaskCountTargetQueueDepthPerTaskUpper, GreaterThanOrEqualToThreshold, 1000, 3,  300",
            "AppWorkerServiceTaskCountTargetQueueDepthPerTaskLower, LessThanOrEqualToThreshold,    10,   3,  300"})
    void scalingRulesMatchTheSeedsTriggersAndCooldowns(String rule, String comparison, int threshold, int minutes,
                                                        int cooldownSeconds) {
        Map<String, Object> alarm = ProdStacks.one(compute, "AWS::CloudWatch::Alarm", rule + "Alarm");
        assertThat(alarm).containsEntry("ComparisonOperator", comparison).containsEntry("Threshold", threshold)
                .containsEntry("EvaluationPeriods", minutes);
        Map<String, Object> policy = ProdStacks.one(compute, "AWS::ApplicationAutoScaling::ScalingPolicy", rule + "Policy");
        assertThat(policy).containsEntry("PolicyType", "StepScaling");
        assertThat(String.valueOf(policy.get("StepScalingPolicyConfiguration"))).contains("Cooldown=" + cooldownSeconds);
    }

    @Test
    void apiRequestRateIsPerTaskOverBothBlueAndGreenTargetGroups() {
        Map<String, Object> alarm = ProdStacks.one(compute, "AWS::CloudWatch::Alarm",
                "AppApiServiceTaskCountTargetRequestsPerTaskUpperAlarm");
        assertThat(String.valueOf(alarm.get("Metrics"))).contains("FILL(blue, 0) + FILL(green, 0)")
                .contains("RequestCountPerTarget");
    }

    @Test
    void workersScaleOnTheQueueDepthTheAppPublishesPerRunningWorkerTask() {
        Map<String, Object> alarm = ProdStacks.one(compute, "AWS::CloudWatch::Alarm",
                "AppWorkerServiceTaskCountTargetQueueDepthPerTaskUpperAlarm");
        assertThat(String.valueOf(alarm.get("Metrics")))
                .contains("Namespace=" + Monitoring.NAMESPACE).contains("MetricName=" + Monitoring.OPEN_EXTERNAL_TASKS)
                .contains("Name=Environment, Value=prod")
                .contains("RunningTaskCount");
    }

    /** Weekdays 08:00 full, 18:00 half (floor kept at 2), workers daily 02:00 double, as absolute capacities. */
    @Test
    void scheduledActionsSetTheSeedsPercentagesAsAbsoluteCapacities() {
        compute.hasResourceProperties("AWS::ApplicationAutoScaling::ScalableTarget", Map.of(
                "MaxCapacity", 20,
                "ScheduledActions", List.of(
                        scheduled("cron(0 8 ? * MON-FRI *)", 2, 20),
                        scheduled("cron(0 18 ? * MON-FRI *)", 2, 10))));
        compute.hasResourceProperties("AWS::ApplicationAutoScaling::ScalableTarget", Map.of(
                "MaxCapacity", 50,
                "ScheduledActions", Match.arrayWith(List.of(
                        scheduled("cron(0 8 ? * MON-FRI *)", 2, 50),
                        scheduled("cron(0 18 ? * MON-FRI *)", 2, 25),
                        scheduled("cron(0 2 * * ? *)", 4, 50)))));
    }

    private static Object scheduled(String cron, int min, int max) {
        return Match.objectLike(Map.of("Schedule", cron, "Timezone", "America/New_York",
                "ScalableTargetAction", Map.of("MinCapacity", min, "MaxCapacity", max)));
    }
}
