package com.moleculeflow.infra;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.IWidget;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.ecs.FargateService;
import software.amazon.awscdk.services.elasticloadbalancingv2.IApplicationLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeElb;
import software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeTarget;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.rds.IDatabaseInstance;
import software.amazon.awscdk.services.sns.Topic;
import software.constructs.Construct;

/**
 * CloudWatch alarms (to an encrypted SNS topic operators subscribe to) and one dashboard with the same metrics:
 * load-balancer and target 5xx, p95 latency, CPU and memory of both services, open external tasks (queue depth),
 * database connections, free storage and CPU.
 *
 * <p>Custom metric published by the app: namespace {@value #NAMESPACE}, metric {@value #OPEN_EXTERNAL_TASKS}, one
 * dimension {@value #ENVIRONMENT_DIMENSION} (the {@code ENV} variable), one value a minute: the engine's open external
 * tasks (active, retries left, locked or not). The app writes it as a CloudWatch Embedded Metric Format line to
 * stdout ({@code METRICS_EMF_ENABLED=true}); the awslogs driver ships it and CloudWatch Logs extracts the metric, so
 * the app needs neither an SDK client nor an IAM permission for it. The worker scaling policy and the queue-depth
 * alarm read it.
 */
public final class Monitoring extends Construct {

    public static final String NAMESPACE = "MoleculeFlow";
    public static final String OPEN_EXTERNAL_TASKS = "OpenExternalTasks";
    public static final String ENVIRONMENT_DIMENSION = "Environment";

    /** The queue depth the app publishes for one environment, as its maximum over the period. */
    public static Metric openExternalTasks(String environment, Duration period) {
        return Metric.Builder.create().namespace(NAMESPACE).metricName(OPEN_EXTERNAL_TASKS)
                .dimensionsMap(Map.of(ENVIRONMENT_DIMENSION, environment))
                .statistic("Maximum").period(period).build();
    }

    /**
     * @param environment      environment name, the queue-depth metric's dimension
     * @param loadBalancer     ALB
     * @param api              API service
     * @param worker           worker service
     * @param database         RDS instance
     * @param freeStorageBytes alarm below this many free bytes
     * @param maxConnections   alarm above this many connections
     * @param queueDepth       alarm above this many open external tasks for 15 minutes
     * @param originHealthCheckId Route 53 health check of the site's origin to alarm on, or null (Route 53 publishes
     *                         its metrics in us-east-1 only, which is the primary region)
     */
    public record Props(String environment, IApplicationLoadBalancer loadBalancer, FargateService api,
                        FargateService worker, IDatabaseInstance database, long freeStorageBytes, int maxConnections,
                        int queueDepth, String originHealthCheckId) {

        /**
         * Thresholds derived from the environment: free storage below a tenth of the initial allocation;
         * connections above 90 % of what both services' pools can open at their maximum task counts (more means
         * a leak or a client that is not ours); open external tasks above what the largest worker fleet is
         * scaled for (scaling can no longer catch up).
         */
        public static Props of(EnvironmentConfig config, IApplicationLoadBalancer loadBalancer, FargateService api,
                               FargateService worker, IDatabaseInstance database, String originHealthCheckId) {
            int poolBudget = (config.api().maxTasks() + config.worker().maxTasks()) * AppEnvironment.DATABASE_POOL_SIZE;
            return new Props(config.name(), loadBalancer, api, worker, database,
                    config.database().allocatedStorageGiB() * GIB / 10,
                    poolBudget * 9 / 10,
                    ServiceScaling.QUEUE_OUT_PER_TASK * config.worker().maxTasks(), originHealthCheckId);
        }
    }

    private static final long GIB = 1024L * 1024 * 1024;

    private final Topic alarmTopic;
    private final Map<String, Alarm> alarms = new LinkedHashMap<>();
    private final Dashboard dashboard;

    public Monitoring(Construct scope, String id, Props props) {
        super(scope, id);
        alarmTopic = Topic.Builder.create(this, "Alarms")
                .masterKey(Key.Builder.create(this, "AlarmsKey").enableKeyRotation(true)
                        .description("MoleculeFlow alarm topic").build())
                .enforceSsl(true)
                .build();
        MetricOptions fiveMinSum = MetricOptions.builder().period(Duration.minutes(5)).statistic("Sum").build();
        MetricOptions fiveMinAvg = MetricOptions.builder().period(Duration.minutes(5)).statistic("Average").build();

        IMetric elb5xx = props.loadBalancer().getMetrics().httpCodeElb(HttpCodeElb.ELB_5XX_COUNT, fiveMinSum);
        IMetric target5xx = props.loadBalancer().getMetrics().httpCodeTarget(HttpCodeTarget.TARGET_5XX_COUNT, fiveMinSum);
        IMetric latency = props.loadBalancer().getMetrics().targetResponseTime(
                MetricOptions.builder().period(Duration.minutes(5)).statistic("p95").build());
        IMetric apiCpu = props.api().metricCpuUtilization(fiveMinAvg);
        IMetric apiMemory = props.api().metricMemoryUtilization(fiveMinAvg);
        IMetric workerCpu = props.worker().metricCpuUtilization(fiveMinAvg);
        IMetric workerMemory = props.worker().metricMemoryUtilization(fiveMinAvg);
        IMetric queue = openExternalTasks(props.environment(), Duration.minutes(5));
        IMetric connections = props.database().metricDatabaseConnections(fiveMinAvg);
        IMetric freeStorage = props.database().metricFreeStorageSpace(
                MetricOptions.builder().period(Duration.minutes(5)).statistic("Minimum").build());
        IMetric dbCpu = props.database().metricCPUUtilization(fiveMinAvg);

        alarm("LoadBalancer5xx", elb5xx, 10, true, "load balancer 5xx responses");
        alarm("Target5xx", target5xx, 10, true, "API 5xx responses");
        alarm("LatencyP95", latency, 2, true, "API p95 latency above 2 s");
        alarm("ApiCpu", apiCpu, 85, true, "API CPU above 85 % (scaling should have caught it)");
        alarm("ApiMemory", apiMemory, 85, true, "API memory above 85 %");
        alarm("WorkerCpu", workerCpu, 90, true, "worker CPU above 90 %");
        alarm("WorkerMemory", workerMemory, 85, true, "worker memory above 85 %");
        alarm("QueueDepth", queue, props.queueDepth(), true, "open external tasks piling up");
        alarm("DatabaseConnections", connections, props.maxConnections(), true, "database connections near the limit");
        alarm("DatabaseFreeStorage", freeStorage, props.freeStorageBytes(), false, "database free storage low");
        alarm("DatabaseCpu", dbCpu, 80, true, "database CPU above 80 %");
        if (props.originHealthCheckId() != null) {
            IMetric originHealth = Metric.Builder.create().namespace("AWS/Route53").metricName("HealthCheckStatus")
                    .dimensionsMap(Map.of("HealthCheckId", props.originHealthCheckId()))
                    .statistic("Minimum").period(Duration.minutes(1)).build();
            alarm("OriginHealth", originHealth, 1, false, "Route 53 sees the origin's /api/v1/health failing");
        }

        List<IWidget> widgets = new ArrayList<>();
        widgets.add(graph("5xx", elb5xx, target5xx));
        widgets.add(graph("p95 latency (s)", latency));
        widgets.add(graph("API CPU / memory (%)", apiCpu, apiMemory));
        widgets.add(graph("Worker CPU / memory (%)", workerCpu, workerMemory));
        widgets.add(graph("Open external tasks", queue));
        widgets.add(graph("Database connections / CPU", connections, dbCpu));
        widgets.add(graph("Database free storage (bytes)", freeStorage));
        dashboard = Dashboard.Builder.create(this, "Dashboard").build();
        widgets.forEach(widget -> dashboard.addWidgets(widget));
    }

    private void alarm(String id, IMetric metric, double threshold, boolean above, String description) {
        Alarm alarm = Alarm.Builder.create(this, id)
                .alarmDescription("MoleculeFlow: " + description)
                .metric(metric)
                .threshold(threshold)
                .evaluationPeriods(3)
                .comparisonOperator(above ? ComparisonOperator.GREATER_THAN_THRESHOLD : ComparisonOperator.LESS_THAN_THRESHOLD)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build();
        alarm.addAlarmAction(new SnsAction(alarmTopic));
        alarm.addOkAction(new SnsAction(alarmTopic));
        alarms.put(id, alarm);
    }

    private static GraphWidget graph(String title, IMetric... metrics) {
        return GraphWidget.Builder.create().title(title).left(List.of(metrics)).width(12).build();
    }

    public Topic alarmTopic() {
        return alarmTopic;
    }

    public Map<String, Alarm> alarms() {
        return alarms;
    }

    public Dashboard dashboard() {
        return dashboard;
    }
}
