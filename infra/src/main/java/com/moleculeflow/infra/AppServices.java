package com.moleculeflow.infra;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.certificatemanager.ICertificate;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.codedeploy.AutoRollbackConfig;
import software.amazon.awscdk.services.codedeploy.EcsApplication;
import software.amazon.awscdk.services.codedeploy.EcsBlueGreenDeploymentConfig;
import software.amazon.awscdk.services.codedeploy.EcsDeploymentConfig;
import software.amazon.awscdk.services.codedeploy.EcsDeploymentGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ecr.IRepository;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.ContainerInsights;
import software.amazon.awscdk.services.ecs.CpuArchitecture;
import software.amazon.awscdk.services.ecs.DeploymentCircuitBreaker;
import software.amazon.awscdk.services.ecs.DeploymentController;
import software.amazon.awscdk.services.ecs.DeploymentControllerType;
import software.amazon.awscdk.services.ecs.FargateService;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;
import software.amazon.awscdk.services.ecs.HealthCheck;
import software.amazon.awscdk.services.ecs.LogDriver;
import software.amazon.awscdk.services.ecs.OperatingSystemFamily;
import software.amazon.awscdk.services.ecs.PortMapping;
import software.amazon.awscdk.services.ecs.RuntimePlatform;
import software.amazon.awscdk.services.ecs.Secret;
import software.amazon.awscdk.services.ecs.Ulimit;
import software.amazon.awscdk.services.ecs.UlimitName;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationListener;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationTargetGroup;
import software.amazon.awscdk.services.elasticloadbalancingv2.BaseApplicationListenerProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeTarget;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerCertificate;
import software.amazon.awscdk.services.elasticloadbalancingv2.SslPolicy;
import software.amazon.awscdk.services.elasticloadbalancingv2.TargetType;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.constructs.Construct;

/**
 * The app on ECS Fargate: one image, two services. The API service ({@code WORKERS_ENABLED=false}) serves the web
 * UI and the REST API behind the load balancer and deploys blue/green through CodeDeploy (canary 10 % for 5
 * minutes, rolled back when a deployment fails, is stopped, or trips the target groups' 5xx alarms). The worker
 * service polls the engine's external tasks and deploys rolling (minimum healthy 100 %, maximum 200 %, circuit
 * breaker with rollback). Both: task size from {@link EnvironmentConfig.ServiceSize}, port 8080, container health
 * check on {@code /api/v1/health}, the seed's environment variables and secrets, awslogs, {@code nofile} 65536,
 * x86_64 Linux, Fargate's default 20 GiB ephemeral storage, an AWS Distro for OpenTelemetry collector sidecar
 * that forwards traces to X-Ray, and a health check grace period of 60 seconds.
 *
 * <p>The load balancer listens on 443 only (TLS 1.2+/1.3 policy): its callers, CloudFront and the Route 53 health
 * checks, speak HTTPS. 8443 is CodeDeploy's test listener, reachable only from inside the VPC.
 */
public final class AppServices extends Construct {

    public static final int APP_PORT = 8080;
    public static final int TEST_LISTENER_PORT = 8443;
    public static final String HEALTH_PATH = "/api/v1/health";
    public static final Duration HEALTH_CHECK_GRACE = Duration.seconds(60);
    /** Pinned ADOT collector; its default ECS config receives OTLP on 4317/4318 and exports to X-Ray. */
    public static final String OTEL_COLLECTOR_IMAGE = "public.ecr.aws/aws-observability/aws-otel-collector:v0.43.3";

    /**
     * @param config        environment (sizes, counts, names, retention)
     * @param vpc           network
     * @param repository    ECR repository of the app image
     * @param imageTag      tag to run (the pipeline deploys later tags through CodeDeploy / rolling updates)
     * @param certificate   certificate of the origin host name for the HTTPS listener
     * @param accessLogs    bucket for load-balancer access logs
     * @param environment   non-secret settings shared by both services
     * @param secrets       secret settings shared by both services
     * @param documents     documents bucket the task role may read and write
     * @param standby       the DR region's standby site: both services start with zero tasks
     */
    public record Props(EnvironmentConfig config, IVpc vpc, IRepository repository, String imageTag,
                        ICertificate certificate, IBucket accessLogs,
                        Map<String, String> environment, Map<String, Secret> secrets, IBucket documents,
                        boolean standby) {
    }

    /** Outbound ports of the tasks besides the database and Redis, which {@link Database} and {@link Cache} add. */
    public static final SortedMap<Integer, String> TASK_EGRESS = Collections.unmodifiableSortedMap(new TreeMap<>(Map.of(
            443, "HTTPS: AWS APIs and endpoints, Cognito, DocuSign, the AI engine, Sentry",
            587, "SMTP submission (STARTTLS) for notification mail")));

    private final Cluster cluster;
    private final ApplicationLoadBalancer loadBalancer;
    private final ApplicationListener listener;
    private final ApplicationTargetGroup blue;
    private final ApplicationTargetGroup green;
    private final FargateService api;
    private final FargateService worker;
    private final EcsDeploymentGroup deploymentGroup;
    private final SecurityGroup apiSecurityGroup;
    private final SecurityGroup workerSecurityGroup;

    public AppServices(Construct scope, String id, Props props) {
        super(scope, id);
        EnvironmentConfig config = props.config();
        cluster = Cluster.Builder.create(this, "Cluster")
                .vpc(props.vpc())
                .containerInsightsV2(ContainerInsights.ENHANCED)
                .build();

        SecurityGroup albSecurityGroup = SecurityGroup.Builder.create(this, "LoadBalancerSecurityGroup")
                .vpc(props.vpc()).description("MoleculeFlow load balancer").allowAllOutbound(false).build();
        albSecurityGroup.addIngressRule(Peer.anyIpv4(), Port.tcp(443), "HTTPS from CloudFront and Route 53 health checks");
        albSecurityGroup.addIngressRule(Peer.ipv4(props.vpc().getVpcCidrBlock()), Port.tcp(TEST_LISTENER_PORT),
                "CodeDeploy test listener, from inside the VPC only");
        apiSecurityGroup = taskSecurityGroup("ApiSecurityGroup", "MoleculeFlow API tasks", props.vpc());
        apiSecurityGroup.addIngressRule(albSecurityGroup, Port.tcp(APP_PORT), "app port from the load balancer");
        albSecurityGroup.addEgressRule(apiSecurityGroup, Port.tcp(APP_PORT), "to the app port of the API tasks");
        workerSecurityGroup = taskSecurityGroup("WorkerSecurityGroup", "MoleculeFlow worker tasks: no inbound", props.vpc());

        loadBalancer = ApplicationLoadBalancer.Builder.create(this, "LoadBalancer")
                .vpc(props.vpc())
                .internetFacing(true)
                .securityGroup(albSecurityGroup)
                .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PUBLIC).build())
                .dropInvalidHeaderFields(true)
                .build();
        loadBalancer.logAccessLogs(props.accessLogs(), "alb");

        blue = targetGroup("Blue", props.vpc());
        green = targetGroup("Green", props.vpc());
        listener = loadBalancer.addListener("Https", BaseApplicationListenerProps.builder()
                .port(443).protocol(ApplicationProtocol.HTTPS).open(false)
                .sslPolicy(SslPolicy.RECOMMENDED_TLS)
                .certificates(List.of(ListenerCertificate.fromCertificateManager(props.certificate())))
                .defaultTargetGroups(List.of(blue))
                .build());
        ApplicationListener testListener = loadBalancer.addListener("Test", BaseApplicationListenerProps.builder()
                .port(TEST_LISTENER_PORT).protocol(ApplicationProtocol.HTTPS).open(false)
                .sslPolicy(SslPolicy.RECOMMENDED_TLS)
                .certificates(List.of(ListenerCertificate.fromCertificateManager(props.certificate())))
                .defaultTargetGroups(List.of(green))
                .build());

        FargateTaskDefinition apiTask = taskDefinition("Api", "api", config.api(), false, props);
        FargateTaskDefinition workerTask = taskDefinition("Worker", "worker", config.worker(), true, props);

        api = FargateService.Builder.create(this, "ApiService")
                .cluster(cluster)
                .taskDefinition(apiTask)
                .desiredCount(props.standby() ? 0 : config.api().minTasks())
                .deploymentController(DeploymentController.builder().type(DeploymentControllerType.CODE_DEPLOY).build())
                .healthCheckGracePeriod(HEALTH_CHECK_GRACE)
                .securityGroups(List.of(apiSecurityGroup))
                .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build())
                .assignPublicIp(false)
                .minHealthyPercent(100)
                .maxHealthyPercent(200)
                .build();
        api.attachToApplicationTargetGroup(blue);

        worker = FargateService.Builder.create(this, "WorkerService")
                .cluster(cluster)
                .taskDefinition(workerTask)
                .desiredCount(props.standby() ? 0 : config.worker().minTasks())
                .minHealthyPercent(100)
                .maxHealthyPercent(200)
                .circuitBreaker(DeploymentCircuitBreaker.builder().enable(true).rollback(true).build())
                .healthCheckGracePeriod(HEALTH_CHECK_GRACE)
                .securityGroups(List.of(workerSecurityGroup))
                .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build())
                .assignPublicIp(false)
                .build();

        deploymentGroup = EcsDeploymentGroup.Builder.create(this, "ApiBlueGreen")
                .application(EcsApplication.Builder.create(this, "ApiDeployments").build())
                .service(api)
                .deploymentConfig(EcsDeploymentConfig.CANARY_10_PERCENT_5_MINUTES)
                .blueGreenDeploymentConfig(EcsBlueGreenDeploymentConfig.builder()
                        .blueTargetGroup(blue).greenTargetGroup(green)
                        .listener(listener).testListener(testListener)
                        .terminationWaitTime(Duration.minutes(10))
                        .build())
                .alarms(List.of(rollbackAlarm("Blue5xx", blue), rollbackAlarm("Green5xx", green)))
                .autoRollback(AutoRollbackConfig.builder()
                        .failedDeployment(true).stoppedDeployment(true).deploymentInAlarm(true).build())
                .build();

        NagSuppressions.addResourceSuppressions(albSecurityGroup, List.of(
                NagPackSuppression.builder().id("AwsSolutions-EC23")
                        .reason("internet-facing load balancer: CloudFront and Route 53 health checkers reach it from "
                                + "public addresses; the regional WAF WebACL filters every request").build()));
        NagSuppressions.addResourceSuppressions(deploymentGroup, List.of(
                NagPackSuppression.builder().id("AwsSolutions-IAM4")
                        .appliesTo(List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/AWSCodeDeployRoleForECS"))
                        .reason("CodeDeploy's ECS blue/green needs this AWS-maintained service policy (swap listeners, "
                                + "create task sets); AWS extends it when the deployment feature set grows").build()),
                true);
    }

    private SecurityGroup taskSecurityGroup(String id, String description, IVpc vpc) {
        SecurityGroup group = SecurityGroup.Builder.create(this, id)
                .vpc(vpc).description(description).allowAllOutbound(false).build();
        TASK_EGRESS.forEach((port, why) -> group.addEgressRule(Peer.anyIpv4(), Port.tcp(port), why));
        return group;
    }

    private ApplicationTargetGroup targetGroup(String id, IVpc vpc) {
        return ApplicationTargetGroup.Builder.create(this, id)
                .vpc(vpc)
                .port(APP_PORT)
                .protocol(ApplicationProtocol.HTTP)
                .targetType(TargetType.IP)
                .deregistrationDelay(Duration.seconds(30))
                .healthCheck(software.amazon.awscdk.services.elasticloadbalancingv2.HealthCheck.builder()
                        .path(HEALTH_PATH).healthyHttpCodes("200")
                        .interval(Duration.seconds(15)).timeout(Duration.seconds(5))
                        .healthyThresholdCount(2).unhealthyThresholdCount(3)
                        .build())
                .build();
    }

    private Alarm rollbackAlarm(String id, ApplicationTargetGroup targetGroup) {
        return Alarm.Builder.create(this, id)
                .alarmDescription("API target 5xx during a blue/green deployment: CodeDeploy rolls back")
                .metric(targetGroup.getMetrics().httpCodeTarget(HttpCodeTarget.TARGET_5XX_COUNT,
                        software.amazon.awscdk.services.cloudwatch.MetricOptions.builder()
                                .period(Duration.minutes(1)).statistic("Sum").build()))
                .threshold(10)
                .evaluationPeriods(2)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build();
    }

    private FargateTaskDefinition taskDefinition(String id, String service, EnvironmentConfig.ServiceSize size,
                                                 boolean workersEnabled, Props props) {
        FargateTaskDefinition task = FargateTaskDefinition.Builder.create(this, id + "Task")
                .cpu(size.cpu())
                .memoryLimitMiB(size.memoryMiB())
                .runtimePlatform(RuntimePlatform.builder()
                        .cpuArchitecture(CpuArchitecture.X86_64)
                        .operatingSystemFamily(OperatingSystemFamily.LINUX)
                        .build())
                .build();
        LogGroup logs = LogGroup.Builder.create(this, id + "Logs").retention(props.config().logRetention()).build();

        Map<String, String> environment = new LinkedHashMap<>(props.environment());
        environment.put("WORKERS_ENABLED", Boolean.toString(workersEnabled));
        environment.put("OTEL_SERVICE_NAME", "moleculeflow-" + service);

        var app = task.addContainer("app", ContainerDefinitionOptions.builder()
                .image(ContainerImage.fromEcrRepository(props.repository(), props.imageTag()))
                .essential(true)
                .portMappings(List.of(PortMapping.builder().containerPort(APP_PORT).build()))
                .environment(environment)
                .secrets(props.secrets())
                .logging(LogDriver.awsLogs(AwsLogDriverProps.builder().logGroup(logs).streamPrefix(service).build()))
                .healthCheck(HealthCheck.builder()
                        .command(List.of("CMD-SHELL", "curl -f http://localhost:" + APP_PORT + HEALTH_PATH + " || exit 1"))
                        .interval(Duration.seconds(30)).timeout(Duration.seconds(5)).retries(3)
                        .startPeriod(Duration.seconds(60))
                        .build())
                .ulimits(List.of(Ulimit.builder().name(UlimitName.NOFILE).softLimit(65536).hardLimit(65536).build()))
                .stopTimeout(Duration.seconds(60))
                .build());
        task.addContainer("otel-collector", ContainerDefinitionOptions.builder()
                .image(ContainerImage.fromRegistry(OTEL_COLLECTOR_IMAGE))
                .essential(false)
                .command(List.of("--config=/etc/ecs/ecs-default-config.yaml"))
                .memoryReservationMiB(128)
                .logging(LogDriver.awsLogs(AwsLogDriverProps.builder().logGroup(logs).streamPrefix("otel").build()))
                .build());

        props.documents().grantReadWrite(task.getTaskRole());
        task.addToTaskRolePolicy(PolicyStatement.Builder.create()
                .effect(Effect.ALLOW)
                .actions(List.of("xray:PutTraceSegments", "xray:PutTelemetryRecords", "xray:GetSamplingRules",
                        "xray:GetSamplingTargets", "xray:GetSamplingStatisticSummaries"))
                .resources(List.of("*"))
                .build());
        task.addToTaskRolePolicy(PolicyStatement.Builder.create()
                .effect(Effect.ALLOW)
                .actions(List.of("cloudwatch:PutMetricData"))
                .resources(List.of("*"))
                .conditions(Map.of("StringEquals", Map.of("cloudwatch:namespace", List.of(Monitoring.NAMESPACE, "ECS/AWSOTel/Application"))))
                .build());

        NagSuppressions.addResourceSuppressions(task, List.of(
                NagPackSuppression.builder().id("AwsSolutions-ECS2")
                        .reason("only non-secret settings (sizes, URLs without credentials, flags) are plain environment "
                                + "variables; every credential comes from Secrets Manager through 'secrets'").build(),
                NagPackSuppression.builder().id("AwsSolutions-IAM5")
                        .reason("X-Ray and CloudWatch PutMetricData have no resource-level permissions (the latter is "
                                + "limited by a namespace condition); the documents grant's object wildcard is the bucket's "
                                + "own keys; the execution role's ecr:GetAuthorizationToken is account-wide by design")
                        .build()),
                true);
        return task;
    }

    public Cluster cluster() {
        return cluster;
    }

    public ApplicationLoadBalancer loadBalancer() {
        return loadBalancer;
    }

    public ApplicationListener listener() {
        return listener;
    }

    public ApplicationTargetGroup blueTargetGroup() {
        return blue;
    }

    public ApplicationTargetGroup greenTargetGroup() {
        return green;
    }

    public FargateService api() {
        return api;
    }

    public FargateService worker() {
        return worker;
    }

    public EcsDeploymentGroup deploymentGroup() {
        return deploymentGroup;
    }

    public SecurityGroup apiSecurityGroup() {
        return apiSecurityGroup;
    }

    public SecurityGroup workerSecurityGroup() {
        return workerSecurityGroup;
    }
}
