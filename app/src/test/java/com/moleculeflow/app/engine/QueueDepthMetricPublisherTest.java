package com.moleculeflow.app.engine;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.moleculeflow.app.RunningApplicationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.externaltask.ExternalTaskQuery;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The queue depth the AWS worker service scales on: one CloudWatch Embedded Metric Format line per interval with the
 * real engine's count of open external tasks (on the shared embedded-PostgreSQL context, workers running), and
 * nothing at all unless METRICS_EMF_ENABLED=true.
 */
@RunningApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class QueueDepthMetricPublisherTest {

    /** No handler serves this topic, so its tasks stay open while the workers of the shared context run. */
    private static final String UNSERVED_TOPIC = "queue-depth-probe";
    private static final String PROBE_PROCESS = "queue-depth-probe";

    @Autowired
    ExternalTaskService externalTasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    RepositoryService repository;

    @Autowired
    ApplicationContext context;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private String probeDeploymentId;

    @BeforeEach
    void deployAProcessWaitingAtAnUnservedTopic() {
        probeDeploymentId = repository.createDeployment()
                .addModelInstance(PROBE_PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROBE_PROCESS)
                        .operatonHistoryTimeToLive(1)
                        .startEvent().serviceTask("ServiceTask_Probe").operatonExternalTask(UNSERVED_TOPIC).endEvent()
                        .done())
                .deploy().getId();
    }

    @AfterEach
    void removeTheProbeProcessWithItsInstances() {
        repository.deleteDeployment(probeDeploymentId, true);
    }

    @Test
    void queueDepthLineIsEmbeddedMetricFormatWithTheOpenTaskCount() throws IOException {
        startProbes(3);
        awaitWorkOfOtherTestsDrained();
        long before = System.currentTimeMillis();

        publisherTo(stdout).publish();

        JsonNode line = onlyLineWritten();
        assertThat(line.at("/_aws/Timestamp").asLong()).isBetween(before, System.currentTimeMillis());
        assertThat(line.at("/_aws/CloudWatchMetrics")).hasSize(1);
        JsonNode directive = line.at("/_aws/CloudWatchMetrics/0");
        assertThat(directive.path("Namespace").asText()).isEqualTo("MoleculeFlow");
        assertThat(directive.path("Dimensions").toString()).isEqualTo("[[\"Environment\"]]");
        assertThat(directive.path("Metrics").toString()).isEqualTo("[{\"Name\":\"OpenExternalTasks\",\"Unit\":\"Count\"}]");
        assertThat(line.path("Environment").asText()).isEqualTo("prod");
        assertThat(line.path("OpenExternalTasks").isIntegralNumber()).isTrue();
        assertThat(line.path("OpenExternalTasks").asLong()).isEqualTo(3);
    }

    @Test
    void suspendedTasksAndTasksWithoutRetriesAreNotCountedButLockedOnesAre() throws IOException {
        List<String> probes = startProbes(4);
        runtime.suspendProcessInstanceById(probes.get(0));
        externalTasks.setRetries(externalTasks.createExternalTaskQuery().processInstanceId(probes.get(1)).singleResult().getId(), 0);
        assertThat(externalTasks.fetchAndLock(1, "queue-depth-test").topic(UNSERVED_TOPIC, 60_000).execute()).hasSize(1);
        awaitWorkOfOtherTestsDrained();

        publisherTo(stdout).publish();

        assertThat(onlyLineWritten().path("OpenExternalTasks").asLong()).isEqualTo(2);
    }

    @Test
    void aFailedCountLogsAWarningAndTheNextIntervalPublishesAgain(CapturedOutput output) throws IOException {
        ExternalTaskQuery query = mock(ExternalTaskQuery.class, RETURNS_SELF);
        when(query.count()).thenReturn(5L);
        ExternalTaskService databaseBrieflyDown = mock(ExternalTaskService.class);
        when(databaseBrieflyDown.createExternalTaskQuery())
                .thenThrow(new ProcessEngineException("connection refused")).thenReturn(query);
        QueueDepthMetricPublisher publisher = new QueueDepthMetricPublisher(databaseBrieflyDown, prodMetrics(),
                new PrintStream(stdout, true, UTF_8));

        publisher.publish();
        assertThat(stdout.size()).isZero();
        assertThat(output.getOut()).contains("WARN").contains("Could not count open external tasks");

        publisher.publish();
        assertThat(onlyLineWritten().path("OpenExternalTasks").asLong()).isEqualTo(5);
    }

    @Test
    void noPublisherRunsByDefault() {
        assertThat(context.getBeanProvider(QueueDepthMetricPublisher.class).getIfAvailable()).isNull();
    }

    @Test
    void enabledPublisherWritesALineToStdoutEveryInterval(CapturedOutput output) {
        ExternalTaskQuery query = mock(ExternalTaskQuery.class, RETURNS_SELF);
        when(query.count()).thenReturn(7L);
        ExternalTaskService sevenOpen = mock(ExternalTaskService.class);
        when(sevenOpen.createExternalTaskQuery()).thenReturn(query);

        new ApplicationContextRunner()
                .withPropertyValues("moleculeflow.metrics.emf.enabled=true", "moleculeflow.metrics.emf.interval-seconds=1",
                        "moleculeflow.metrics.emf.environment=staging")
                .withBean(ExternalTaskService.class, () -> sevenOpen)
                .withUserConfiguration(SchedulingWithThePublisher.class)
                .run(started -> await().atMost(Duration.ofSeconds(10)).until(() -> output.getOut().lines()
                        .filter(l -> l.startsWith("{\"_aws\"") && l.endsWith("\"Environment\":\"staging\",\"OpenExternalTasks\":7}"))
                        .count() >= 2));
    }

    @EnableScheduling
    @EnableConfigurationProperties(EmfMetricProperties.class)
    @Import(QueueDepthMetricPublisher.class)
    static class SchedulingWithThePublisher {
    }

    private QueueDepthMetricPublisher publisherTo(ByteArrayOutputStream sink) {
        return new QueueDepthMetricPublisher(externalTasks, prodMetrics(), new PrintStream(sink, true, UTF_8));
    }

    private static EmfMetricProperties prodMetrics() {
        return new EmfMetricProperties(true, 60, "prod");
    }

    private List<String> startProbes(int count) {
        return IntStream.range(0, count).mapToObj(i -> runtime.startProcessInstanceByKey(PROBE_PROCESS).getId()).toList();
    }

    /** Imports and submissions of other tests in this shared context finish through the workers within seconds. */
    private void awaitWorkOfOtherTestsDrained() {
        await().atMost(Duration.ofSeconds(60)).until(() -> externalTasks.createExternalTaskQuery().active().withRetriesLeft()
                .list().stream().allMatch(task -> UNSERVED_TOPIC.equals(task.getTopicName())));
    }

    private JsonNode onlyLineWritten() throws IOException {
        List<String> lines = stdout.toString(UTF_8).lines().toList();
        assertThat(lines).hasSize(1);
        return new ObjectMapper().readTree(lines.get(0));
    }
}
