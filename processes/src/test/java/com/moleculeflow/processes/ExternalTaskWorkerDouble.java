package com.moleculeflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;

/** Stands in for the application's workers: fetches and locks external tasks, then completes them or throws BPMN errors. */
final class ExternalTaskWorkerDouble {

    private static final String WORKER_ID = "process-test-worker";
    private static final long LOCK_MILLIS = 60_000;

    private final ExternalTaskService externalTaskService;

    ExternalTaskWorkerDouble(ExternalTaskService externalTaskService) {
        this.externalTaskService = externalTaskService;
    }

    /** Locks the one open task on {@code topic}; fails when there is none or more than one. */
    LockedExternalTask lockOnly(String topic) {
        List<LockedExternalTask> locked = externalTaskService.fetchAndLock(10, WORKER_ID).topic(topic, LOCK_MILLIS).execute();
        assertThat(locked).as("open external tasks on topic %s", topic).hasSize(1);
        return locked.get(0);
    }

    /** Locks the one open task on {@code topic} and completes it with {@code variables}; returns the task as the worker saw it. */
    LockedExternalTask complete(String topic, Map<String, Object> variables) {
        LockedExternalTask task = lockOnly(topic);
        externalTaskService.complete(task.getId(), WORKER_ID, variables);
        return task;
    }

    LockedExternalTask complete(String topic) {
        return complete(topic, Map.of());
    }

    void throwBpmnError(String topic, String errorCode) {
        externalTaskService.handleBpmnError(lockOnly(topic).getId(), WORKER_ID, errorCode);
    }

    long openTasks(String topic) {
        return externalTaskService.createExternalTaskQuery().topicName(topic).count();
    }
}
