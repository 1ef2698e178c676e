package com.moleculeflow.infra;

import java.util.List;
import java.util.Map;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.TimeZone;
import software.amazon.awscdk.services.applicationautoscaling.AdjustmentType;
import software.amazon.awscdk.services.applicationautoscaling.BasicStepScalingPolicyProps;
import software.amazon.awscdk.services.applicationautoscaling.CronOptions;
import software.amazon.awscdk.services.applicationautoscaling.EnableScalingProps;
import software.amazon.awscdk.services.applicationautoscaling.MetricAggregationType;
import software.amazon.awscdk.services.applicationautoscaling.ScalingInterval;
import software.amazon.awscdk.services.applicationautoscaling.ScalingSchedule;
import software.amazon.awscdk.services.applicationautoscaling.Schedule;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.ecs.FargateService;
import software.amazon.awscdk.services.ecs.ScalableTaskCount;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationTargetGroup;
import software.constructs.Construct;

/**
 * The seed's auto-scaling tables as Application Auto Scaling policies.
 *
 * <ul>
 * <li>API service, {@code minTasks..maxTasks} (prod 2-20): step scaling on request count per target
 *     (sum over the blue and green target groups, since CodeDeploy swaps them): out above 1000/min, in below
 *     500/min, cooldown 3 minutes; and the CPU rules of the seed's "Molecule Service" row, which the API
 *     service absorbs: out above 60 % for 3 minutes, in below 20 % for 10 minutes, cooldown 5 minutes.</li>
 * <li>Worker service, {@code minTasks..maxTasks} (prod 2-50): step scaling on open external tasks per running
 *     worker task: out above 1000, in below 10, cooldown 5 minutes. The app publishes the custom metric
 *     {@value Monitoring#NAMESPACE}/{@value Monitoring#OPEN_EXTERNAL_TASKS} with the environment as its
 *     dimension.</li>
 * <li>Scheduled, in the environment's time zone, as absolute capacities: weekdays 08:00 full
 *     ({@code min..max}), weekdays 18:00 half ({@code min..ceil(max/2)}: the floor stays at the seed's minimum of
 *     2 for zone redundancy), workers daily 02:00 double ({@code 2*min..max}) and back to half at 06:00.</li>
 * <li>Standby site: the same policies with a floor of 0 and no schedules, so it stays at zero tasks until an
 *     operator raises the floor during a fail-over; from then on it scales like the primary.</li>
 * </ul>
 */
public final class ServiceScaling extends Construct {

    public static final int REQUESTS_OUT_PER_MINUTE = 1000;
    public static final int REQUESTS_IN_PER_MINUTE = 500;
    public static final int QUEUE_OUT_PER_TASK = 1000;
    public static final int QUEUE_IN_PER_TASK = 10;

    /**
     * @param config       environment (counts, time zone)
     * @param api          API service
     * @param worker       worker service
     * @param blue         blue target group
     * @param green        green target group
     * @param standby      the DR region's standby site
     */
    public record Props(EnvironmentConfig config, FargateService api, FargateService worker,
                        ApplicationTargetGroup blue, ApplicationTargetGroup green, boolean standby) {
    }

    /** Capacity a scheduled action sets. */
    public record Capacity(int min, int max) {
    }

    public ServiceScaling(Construct scope, String id, Props props) {
        super(scope, id);
        EnvironmentConfig config = props.config();
        TimeZone zone = TimeZone.of(config.scheduleTimeZone());

        ScalableTaskCount api = props.api().autoScaleTaskCount(EnableScalingProps.builder()
                .minCapacity(props.standby() ? 0 : config.api().minTasks()).maxCapacity(config.api().maxTasks()).build());
        api.scaleOnMetric("RequestsPerTask", BasicStepScalingPolicyProps.builder()
                .metric(requestsPerTarget(props.blue(), props.green()))
                .scalingSteps(List.of(
                        ScalingInterval.builder().upper(REQUESTS_IN_PER_MINUTE).change(-1).build(),
                        ScalingInterval.builder().lower(REQUESTS_OUT_PER_MINUTE).change(1).build(),
                        ScalingInterval.builder().lower(2 * REQUESTS_OUT_PER_MINUTE).change(3).build()))
                .adjustmentType(AdjustmentType.CHANGE_IN_CAPACITY)
                .cooldown(Duration.minutes(3))
                .evaluationPeriods(3)
                .metricAggregationType(MetricAggregationType.AVERAGE)
                .build());
        IMetric cpu = props.api().metricCpuUtilization(software.amazon.awscdk.services.cloudwatch.MetricOptions.builder()
                .period(Duration.minutes(1)).build());
        api.scaleOnMetric("CpuOut", BasicStepScalingPolicyProps.builder()
                .metric(cpu)
                .scalingSteps(List.of(
                        ScalingInterval.builder().lower(60).change(1).build(),
                        ScalingInterval.builder().lower(85).change(3).build()))
                .adjustmentType(AdjustmentType.CHANGE_IN_CAPACITY)
                .cooldown(Duration.minutes(5))
                .evaluationPeriods(3)
                .build());
        api.scaleOnMetric("CpuIn", BasicStepScalingPolicyProps.builder()
                .metric(cpu)
                .scalingSteps(List.of(
                        ScalingInterval.builder().upper(10).change(-2).build(),
                        ScalingInterval.builder().upper(20).change(-1).build()))
                .adjustmentType(AdjustmentType.CHANGE_IN_CAPACITY)
                .cooldown(Duration.minutes(5))
                .evaluationPeriods(10)
                .build());
        if (!props.standby()) {
            schedule(api, "Api", config.api(), zone);
        }

        ScalableTaskCount worker = props.worker().autoScaleTaskCount(EnableScalingProps.builder()
                .minCapacity(props.standby() ? 0 : config.worker().minTasks()).maxCapacity(config.worker().maxTasks()).build());
        worker.scaleOnMetric("QueueDepthPerTask", BasicStepScalingPolicyProps.builder()
                .metric(openTasksPerWorker(props.worker(), config.name()))
                .scalingSteps(List.of(
                        ScalingInterval.builder().upper(QUEUE_IN_PER_TASK).change(-1).build(),
                        ScalingInterval.builder().lower(QUEUE_OUT_PER_TASK).change(2).build(),
                        ScalingInterval.builder().lower(5 * QUEUE_OUT_PER_TASK).change(5).build()))
                .adjustmentType(AdjustmentType.CHANGE_IN_CAPACITY)
                .cooldown(Duration.minutes(5))
                .evaluationPeriods(3)
                .metricAggregationType(MetricAggregationType.AVERAGE)
                .build());
        if (!props.standby()) {
            schedule(worker, "Worker", config.worker(), zone);
            worker.scaleOnSchedule("WorkerBatchWindow", scheduled("0", "2", "*", batchWindow(config.worker()), zone));
            worker.scaleOnSchedule("WorkerBatchWindowEnd", scheduled("0", "6", "*", afterHours(config.worker()), zone));
        }
    }

    /** Weekdays 08:00. */
    public static Capacity businessHours(EnvironmentConfig.ServiceSize size) {
        return new Capacity(size.minTasks(), size.maxTasks());
    }

    /** Weekdays 18:00: half the ceiling, the floor kept. */
    public static Capacity afterHours(EnvironmentConfig.ServiceSize size) {
        return new Capacity(size.minTasks(), Math.max(size.minTasks(), (size.maxTasks() + 1) / 2));
    }

    /** Daily 02:00 for workers: double the floor, the full ceiling. */
    public static Capacity batchWindow(EnvironmentConfig.ServiceSize size) {
        return new Capacity(Math.min(2 * size.minTasks(), size.maxTasks()), size.maxTasks());
    }

    private void schedule(ScalableTaskCount target, String name, EnvironmentConfig.ServiceSize size, TimeZone zone) {
        target.scaleOnSchedule(name + "BusinessHours", scheduled("0", "8", "MON-FRI", businessHours(size), zone));
        target.scaleOnSchedule(name + "AfterHours", scheduled("0", "18", "MON-FRI", afterHours(size), zone));
    }

    private static ScalingSchedule scheduled(String minute, String hour, String weekDay, Capacity capacity, TimeZone zone) {
        CronOptions.Builder cron = CronOptions.builder().minute(minute).hour(hour);
        if (!"*".equals(weekDay)) {
            cron.weekDay(weekDay);
        }
        return ScalingSchedule.builder()
                .schedule(Schedule.cron(cron.build()))
                .timeZone(zone)
                .minCapacity(capacity.min())
                .maxCapacity(capacity.max())
                .build();
    }

    private static IMetric requestsPerTarget(ApplicationTargetGroup blue, ApplicationTargetGroup green) {
        var options = software.amazon.awscdk.services.cloudwatch.MetricOptions.builder()
                .period(Duration.minutes(1)).statistic("Sum").build();
        return MathExpression.Builder.create()
                .label("Requests per API task per minute (blue + green)")
                .expression("FILL(blue, 0) + FILL(green, 0)")
                .usingMetrics(Map.of(
                        "blue", blue.getMetrics().requestCountPerTarget(options),
                        "green", green.getMetrics().requestCountPerTarget(options)))
                .period(Duration.minutes(1))
                .build();
    }

    private static IMetric openTasksPerWorker(FargateService worker, String environment) {
        Metric open = Monitoring.openExternalTasks(environment, Duration.minutes(1));
        Metric running = Metric.Builder.create()
                .namespace("ECS/ContainerInsights").metricName("RunningTaskCount")
                .dimensionsMap(Map.of("ClusterName", worker.getCluster().getClusterName(),
                        "ServiceName", worker.getServiceName()))
                .statistic("Average").period(Duration.minutes(1)).build();
        return MathExpression.Builder.create()
                .label("Open external tasks per worker task")
                .expression("FILL(open, 0) / FILL(running, 1)")
                .usingMetrics(Map.of("open", open, "running", running))
                .period(Duration.minutes(1))
                .build();
    }
}
