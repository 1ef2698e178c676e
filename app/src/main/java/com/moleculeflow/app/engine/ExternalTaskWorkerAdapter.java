package com.moleculeflow.app.engine;

import com.moleculeflow.workers.BusinessOutcome;
import com.moleculeflow.workers.Job;
import com.moleculeflow.workers.JobHandler;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.externaltask.ExternalTaskQueryBuilder;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Binds the engine-neutral handlers to Operaton external tasks: fetch-and-lock every topic that has a handler,
 * run the handler, then complete, raise the modelled BPMN error, or report a failure the engine retries
 * (an incident once retries run out, visible in Cockpit).
 */
@Component
class ExternalTaskWorkerAdapter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ExternalTaskWorkerAdapter.class);

    private final ExternalTaskService externalTasks;
    private final Map<String, JobHandler> handlers;
    private final WorkerProperties properties;
    private final String workerId = "moleculeflow-" + ManagementFactory.getRuntimeMXBean().getName();
    private volatile boolean running;
    private Thread poller;

    ExternalTaskWorkerAdapter(ExternalTaskService externalTasks, List<JobHandler> handlers, WorkerProperties properties) {
        this.externalTasks = externalTasks;
        this.handlers = handlers.stream().collect(Collectors.toUnmodifiableMap(JobHandler::topic, Function.identity()));
        this.properties = properties;
    }

    /** Polling starts once the application is ready, so no job runs against a half-started context. */
    @EventListener(ApplicationReadyEvent.class)
    void startPolling() {
        if (!properties.enabled() || poller != null) {
            return;
        }
        running = true;
        poller = new Thread(this::pollLoop, "external-task-worker");
        poller.setDaemon(true);
        poller.start();
        log.info("Worker {} polling topics {}", workerId, handlers.keySet());
    }

    private void pollLoop() {
        while (running) {
            try {
                List<LockedExternalTask> tasks = fetch();
                tasks.forEach(this::execute);
                if (tasks.isEmpty()) {
                    Thread.sleep(properties.pollIntervalMs());
                }
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (running) {
                    log.warn("External task polling failed; retrying", e);
                    sleepQuietly();
                }
            }
        }
    }

    private List<LockedExternalTask> fetch() {
        ExternalTaskQueryBuilder query = externalTasks.fetchAndLock(properties.maxTasks(), workerId);
        handlers.keySet().forEach(topic -> query.topic(topic, properties.lockDurationMs()));
        return query.execute();
    }

    private void execute(LockedExternalTask task) {
        JobHandler handler = handlers.get(task.getTopicName());
        Job job = new Job(task.getId(), task.getTopicName(), task.getBusinessKey(), primitives(task.getVariables()));
        try {
            externalTasks.complete(task.getId(), workerId, handler.handle(job));
        } catch (BusinessOutcome outcome) {
            log.info("Job {} on {} ended with business outcome {}: {}", task.getId(), task.getTopicName(), outcome.errorCode(), outcome.getMessage());
            externalTasks.handleBpmnError(task.getId(), workerId, outcome.errorCode(), outcome.getMessage());
        } catch (RuntimeException | StackOverflowError | LinkageError failure) {
            // an Error thrown by one job (a deep recursion in a library, a missing native library) is that job's
            // failure, ending in an incident for operators; it must not kill the one thread that serves every job
            int retriesLeft = task.getRetries() == null ? properties.retries() - 1 : task.getRetries() - 1;
            log.warn("Job {} on {} failed ({} retries left)", task.getId(), task.getTopicName(), retriesLeft, failure);
            externalTasks.handleFailure(task.getId(), workerId, String.valueOf(failure.getMessage()), stackTrace(failure),
                    Math.max(retriesLeft, 0), properties.retryBackoffMs());
        }
    }

    private static Map<String, Object> primitives(Map<String, Object> variables) {
        return new HashMap<>(variables).entrySet().stream().filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static String stackTrace(Throwable failure) {
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(properties.pollIntervalMs() * 10);
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        // polling begins on ApplicationReadyEvent; the lifecycle is only used to stop before the engine does
    }

    @Override
    public void stop() {
        running = false;
        if (poller != null) {
            poller.interrupt();
            try {
                poller.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            poller = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
