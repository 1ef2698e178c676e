package com.moleculeflow.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The seed's ECS services (section 5) on Fargate: task definitions, deployments, load balancer. */
class AppServicesTest {

    private final Template compute = ProdStacks.template(MoleculeFlowStacks::compute);

    @ParameterizedTest(name = "{0} task: {1} CPU units, {2} MiB, workers enabled = {3}")
    @CsvSource({"AppApiTask, 1024, 2048, false", "AppWorkerTask, 2048, 4096, true"})
    void taskDefinitionsHaveTheConfiguredSizeOnX86FargateAndOneRoleEach(String task, String cpu, String memory,
                                                                         String workersEnabled) {
        Map<String, Object> definition = ProdStacks.one(compute, "AWS::ECS::TaskDefinition", task);
        assertThat(definition).containsEntry("Cpu", cpu).containsEntry("Memory", memory)
                .containsEntry("RequiresCompatibilities", List.of("FARGATE"))
                .containsEntry("RuntimePlatform", Map.of("CpuArchitecture", "X86_64", "OperatingSystemFamily", "LINUX"))
                // the seed's 20 GiB is Fargate's default: nothing set
                .doesNotContainKey("EphemeralStorage");
        assertThat(environmentOf(app(definition))).containsEntry("WORKERS_ENABLED", workersEnabled);
    }

    @Test
    void appContainerIsHealthCheckedOnTheHealthEndpointWithTheSeedsTimingsAndOpenFileLimit() {
        compute.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of("ContainerDefinitions", Match.arrayWith(List.of(
                Match.objectLike(Map.of(
                        "Name", "app",
                        "Essential", true,
                        "PortMappings", List.of(Map.of("ContainerPort", AppServices.APP_PORT, "Protocol", "tcp")),
                        "HealthCheck", Map.of("Command", List.of("CMD-SHELL", "curl -f http://localhost:8080/api/v1/health || exit 1"),
                                "Interval", 30, "Timeout", 5, "Retries", 3, "StartPeriod", 60),
                        "Ulimits", List.of(Map.of("Name", "nofile", "SoftLimit", 65536, "HardLimit", 65536)),
                        "LogConfiguration", Match.objectLike(Map.of("LogDriver", "awslogs"))))))));
    }

    @Test
    void appRunsTheImageTagThePipelinePasses() {
        Map<String, Object> definition = ProdStacks.one(compute, "AWS::ECS::TaskDefinition", "AppApiTask");
        assertThat(String.valueOf(app(definition).get("Image"))).endsWith(":" + ProdStacks.IMAGE_TAG + "]]}");
    }

    @Test
    void appGetsTheSeedsVariablesAndTakesEveryCredentialFromSecretsManager() {
        Map<String, Object> app = app(ProdStacks.one(compute, "AWS::ECS::TaskDefinition", "AppApiTask"));
        assertThat(environmentOf(app)).containsKeys("DATABASE_URL", "REDIS_URL", "S3_BUCKET_NAME", "AWS_REGION",
                        "ACCESS_TOKEN_EXPIRE_MINUTES", "REFRESH_TOKEN_EXPIRE_DAYS", "PAGINATION_DEFAULT_PAGE_SIZE",
                        "PAGINATION_MAX_PAGE_SIZE", "LOG_LEVEL", "OIDC_ISSUER_URI", "ENV")
                .containsEntry("MOLECULEFLOW_MODE", "production")
                .containsEntry("ACCESS_TOKEN_EXPIRE_MINUTES", "15")
                .containsEntry("METRICS_EMF_ENABLED", "true")
                .doesNotContainKeys("SECRET_KEY", "DATABASE_PASSWORD", "AWS_SECRET_ACCESS_KEY");
        assertThat(String.valueOf(environmentOf(app).get("DATABASE_URL"))).doesNotContain("@").contains("sslmode=require");
        @SuppressWarnings("unchecked")
        List<String> secrets = ((List<Map<String, Object>>) app.get("Secrets")).stream()
                .map(s -> (String) s.get("Name")).toList();
        assertThat(secrets).contains("SECRET_KEY", "DATABASE_USERNAME", "DATABASE_PASSWORD", "REDIS_PASSWORD",
                "DOCUSIGN_INTEGRATION_KEY", "SMTP_PASSWORD", "AI_ENGINE_API_KEY");
    }

    @Test
    void apiDeploysBlueGreenThroughCodeDeployAndRollsBackOnFailureOrAlarm() {
        compute.hasResourceProperties("AWS::ECS::Service", Map.of(
                "DeploymentController", Map.of("Type", "CODE_DEPLOY"),
                "HealthCheckGracePeriodSeconds", 60,
                "LoadBalancers", Match.arrayWith(List.of(Match.objectLike(Map.of("ContainerName", "app"))))));
        compute.hasResourceProperties("AWS::CodeDeploy::DeploymentGroup", Map.of(
                "DeploymentStyle", Map.of("DeploymentOption", "WITH_TRAFFIC_CONTROL", "DeploymentType", "BLUE_GREEN"),
                "AutoRollbackConfiguration", Map.of("Enabled", true,
                        "Events", List.of("DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_REQUEST", "DEPLOYMENT_STOP_ON_ALARM")),
                "AlarmConfiguration", Match.objectLike(Map.of("Enabled", true,
                        "Alarms", List.of(Map.of("Name", Map.of("Ref", Match.stringLikeRegexp("AppBlue5xx.*"))),
                                Map.of("Name", Map.of("Ref", Match.stringLikeRegexp("AppGreen5xx.*"))))))));
        assertThat(ProdStacks.one(compute, "AWS::CloudWatch::Alarm", "AppBlue5xx"))
                .containsEntry("MetricName", "HTTPCode_Target_5XX_Count").containsEntry("Threshold", 10);
    }

    /**
     * ECS refuses UpdateService with a new task definition on a CODE_DEPLOY service (aws-cdk#23564). Naming the
     * family, not the revision, keeps the property unchanged when the image tag changes: {@code cdk deploy} registers
     * the new revision and CloudFormation leaves the service alone; the pipeline's CodeDeploy step moves it.
     */
    @Test
    void apiServiceNamesItsTaskDefinitionByFamilySoCdkDeployNeverUpdatesItsRevision() {
        Object family = ProdStacks.one(compute, "AWS::ECS::TaskDefinition", "AppApiTask").get("Family");
        assertThat(family).isInstanceOf(String.class);
        compute.hasResourceProperties("AWS::ECS::Service", Match.objectLike(Map.of(
                "DeploymentController", Map.of("Type", "CODE_DEPLOY"),
                "TaskDefinition", family)));
    }

    /** The worker service is ECS-controlled: a new revision in the template is a rolling update by CloudFormation. */
    @Test
    void workerServiceReferencesItsTaskDefinitionRevisionSoCloudFormationRollsIt() {
        compute.hasResourceProperties("AWS::ECS::Service", Match.objectLike(Map.of(
                "DeploymentController", Map.of("Type", "ECS"),
                "TaskDefinition", Map.of("Ref", Match.stringLikeRegexp("AppWorkerTask.*")))));
    }

    @Test
    void workersDeployRollingWithNoCapacityLossAndTheCircuitBreakerRollsBack() {
        compute.hasResourceProperties("AWS::ECS::Service", Map.of(
                "DeploymentController", Map.of("Type", "ECS"),
                "DeploymentConfiguration", Match.objectLike(Map.of(
                        "MinimumHealthyPercent", 100,
                        "MaximumPercent", 200,
                        "DeploymentCircuitBreaker", Map.of("Enable", true, "Rollback", true))),
                "HealthCheckGracePeriodSeconds", 60));
    }

    @Test
    void bothServicesStartAtTheSeedsMinimumInPrivateSubnetsWithoutPublicAddresses() {
        for (String service : List.of("AppApiService", "AppWorkerService")) {
            Map<String, Object> props = ProdStacks.one(compute, "AWS::ECS::Service", service);
            assertThat(props).containsEntry("DesiredCount", 2).containsEntry("LaunchType", "FARGATE");
            assertThat(String.valueOf(props.get("NetworkConfiguration")))
                    .contains("AssignPublicIp=DISABLED").contains("privateSubnet").doesNotContain("publicSubnet");
        }
    }

    @Test
    void loadBalancerListensOnlyForHttpsWithTheRecommendedTlsPolicy() {
        assertThat(ProdStacks.properties(compute, "AWS::ElasticLoadBalancingV2::Listener").values())
                .extracting(l -> l.get("Port") + " " + l.get("Protocol") + " " + l.get("SslPolicy"))
                .containsExactlyInAnyOrder("443 HTTPS ELBSecurityPolicy-TLS13-1-2-2021-06",
                        AppServices.TEST_LISTENER_PORT + " HTTPS ELBSecurityPolicy-TLS13-1-2-2021-06");
        compute.hasResourceProperties("AWS::ElasticLoadBalancingV2::TargetGroup", Map.of(
                "HealthCheckPath", AppServices.HEALTH_PATH, "Port", AppServices.APP_PORT, "TargetType", "ip"));
    }

    @Test
    void tracesGoToXRayThroughAnOpenTelemetryCollectorBesideTheApp() {
        compute.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of("ContainerDefinitions", Match.arrayWith(List.of(
                Match.objectLike(Map.of("Name", "otel-collector", "Essential", false,
                        "Image", AppServices.OTEL_COLLECTOR_IMAGE))))));
        compute.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Map.of("Statement",
                Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Action", Match.arrayWith(List.of("xray:PutTraceSegments")))))))));
        Map<String, Object> app = app(ProdStacks.one(compute, "AWS::ECS::TaskDefinition", "AppWorkerTask"));
        assertThat(environmentOf(app)).containsEntry("OTEL_EXPORTER_OTLP_ENDPOINT", "http://localhost:4317")
                .containsEntry("OTEL_SERVICE_NAME", "moleculeflow-worker");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> app(Map<String, Object> taskDefinition) {
        return ((List<Map<String, Object>>) taskDefinition.get("ContainerDefinitions")).stream()
                .filter(c -> "app".equals(c.get("Name"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> environmentOf(Map<String, Object> container) {
        Map<String, Object> env = new java.util.LinkedHashMap<>();
        ((List<Map<String, Object>>) container.get("Environment")).forEach(e -> env.put((String) e.get("Name"), e.get("Value")));
        return env;
    }
}
