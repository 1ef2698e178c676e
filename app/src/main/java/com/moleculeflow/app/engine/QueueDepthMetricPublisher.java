package com.moleculeflow.app.engine;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Duration;
import org.operaton.bpm.engine.ExternalTaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Publishes the worker queue depth, the CloudWatch metric {@code MoleculeFlow/OpenExternalTasks} (dimension
 * {@code Environment}) the worker service scales on, as one CloudWatch Embedded Metric Format line on stdout every
 * interval. On ECS the awslogs driver ships stdout to CloudWatch Logs, which extracts the metric from the line, so
 * publishing needs neither an AWS SDK client nor an IAM permission.
 */
@Component
@ConditionalOnProperty(name = "moleculeflow.metrics.emf.enabled", havingValue = "true")
class QueueDepthMetricPublisher implements SchedulingConfigurer {

    private static final String NAMESPACE = "MoleculeFlow";
    private static final String METRIC = "OpenExternalTasks";
    private static final String DIMENSION = "Environment";

    private static final Logger log = LoggerFactory.getLogger(QueueDepthMetricPublisher.class);

    private final ExternalTaskService externalTasks;
    private final EmfMetricProperties properties;
    private final PrintStream out;

    /** Stdout itself, not the logger: the log pattern's prefix would keep CloudWatch from parsing the line as EMF. */
    @Autowired
    QueueDepthMetricPublisher(ExternalTaskService externalTasks, EmfMetricProperties properties) {
        this(externalTasks, properties, System.out);
    }

    QueueDepthMetricPublisher(ExternalTaskService externalTasks, EmfMetricProperties properties, PrintStream out) {
        this.externalTasks = externalTasks;
        this.properties = properties;
        this.out = out;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedRateTask(this::publish, Duration.ofSeconds(properties.intervalSeconds()));
    }

    /** A failed count (database briefly down) loses this one value; the schedule goes on. */
    void publish() {
        long open;
        try {
            open = openExternalTasks();
        } catch (RuntimeException e) {
            log.warn("Could not count open external tasks; no {} value this interval", METRIC, e);
            return;
        }
        out.println(emfLine(open, System.currentTimeMillis()));
    }

    /** Worker load: locked or not, but not suspended tasks nor incidents (no retries left), which wait for an operator. */
    private long openExternalTasks() {
        return externalTasks.createExternalTaskQuery().active().withRetriesLeft().count();
    }

    private String emfLine(long open, long epochMillis) {
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        ObjectNode directive = line.putObject("_aws").put("Timestamp", epochMillis)
                .putArray("CloudWatchMetrics").addObject();
        directive.put("Namespace", NAMESPACE);
        directive.putArray("Dimensions").addArray().add(DIMENSION);
        directive.putArray("Metrics").addObject().put("Name", METRIC).put("Unit", "Count");
        line.put(DIMENSION, properties.environment());
        line.put(METRIC, open);
        return line.toString(); // Jackson's compact JSON serialisation (JsonNode.toString, since 2.10)
    }
}
