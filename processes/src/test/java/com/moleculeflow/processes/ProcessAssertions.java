package com.moleculeflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.history.HistoricProcessInstance;

/** Assertions on finished process instances, read from the history tables the audit trail relies on. */
final class ProcessAssertions {

    private ProcessAssertions() {
    }

    static void assertCompletedAt(HistoryService historyService, String processInstanceId, String endEventId) {
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        assertThat(instance.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
        assertThat(instance.getEndActivityId()).isEqualTo(endEventId);
    }
}
