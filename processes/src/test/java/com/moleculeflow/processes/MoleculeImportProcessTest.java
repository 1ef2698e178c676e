package com.moleculeflow.processes;

import static com.moleculeflow.processes.MoleculeImportProcess.*;
import static com.moleculeflow.processes.ProcessAssertions.assertCompletedAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.test.Deployment;
import org.operaton.bpm.engine.test.junit5.ProcessEngineExtension;

@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = RESOURCE)
class MoleculeImportProcessTest {

    private static final String IMPORT_ID = "imp-0001";

    RuntimeService runtimeService;
    ExternalTaskService externalTaskService;
    HistoryService historyService;

    private ExternalTaskWorkerDouble worker;

    @BeforeEach
    void setUp() {
        worker = new ExternalTaskWorkerDouble(externalTaskService);
    }

    @Test
    void importWithThreeChunksRegistersEachChunkInFileOrder() {
        ProcessInstance instance = startImport();
        worker.complete(TOPIC_PREPARE_IMPORT, Map.of(VAR_CHUNK_COUNT, 3));

        List<Object> chunkIndexesInOrder = new ArrayList<>();
        for (int chunk = 0; chunk < 3; chunk++) {
            LockedExternalTask task = worker.complete(TOPIC_REGISTER_IMPORT_CHUNK);
            chunkIndexesInOrder.add(task.getVariables().get(VAR_CHUNK_INDEX));
            assertThat(task.getVariables()).containsEntry(VAR_IMPORT_ID, IMPORT_ID);
            assertThat(task.getBusinessKey()).isEqualTo(IMPORT_ID);
        }
        assertThat(chunkIndexesInOrder).containsExactly(0, 1, 2);
        assertThat(worker.openTasks(TOPIC_REGISTER_IMPORT_CHUNK)).isZero();

        worker.complete(TOPIC_COMPLETE_IMPORT);

        assertCompletedAt(historyService, instance.getId(), END_EVENT_IMPORT_COMPLETED);
    }

    @Test
    void chunksAreOfferedOneAtATimeSoALaterChunkNeverOvertakesAnEarlierOne() {
        startImport();
        worker.complete(TOPIC_PREPARE_IMPORT, Map.of(VAR_CHUNK_COUNT, 2));

        assertThat(worker.openTasks(TOPIC_REGISTER_IMPORT_CHUNK)).isEqualTo(1);
        assertThat(worker.lockOnly(TOPIC_REGISTER_IMPORT_CHUNK).getVariables()).containsEntry(VAR_CHUNK_INDEX, 0);
    }

    @Test
    void emptyFileSkipsChunkRegistration() {
        ProcessInstance instance = startImport();
        worker.complete(TOPIC_PREPARE_IMPORT, Map.of(VAR_CHUNK_COUNT, 0));

        assertThat(worker.openTasks(TOPIC_REGISTER_IMPORT_CHUNK)).isZero();
        worker.complete(TOPIC_COMPLETE_IMPORT);

        assertCompletedAt(historyService, instance.getId(), END_EVENT_IMPORT_COMPLETED);
    }

    @Test
    void unreadableFileEndsInImportFailed() {
        ProcessInstance instance = startImport();

        worker.throwBpmnError(TOPIC_PREPARE_IMPORT, ERROR_IMPORT_FILE_UNREADABLE);

        assertThat(worker.openTasks(TOPIC_REGISTER_IMPORT_CHUNK)).isZero();
        assertThat(worker.openTasks(TOPIC_COMPLETE_IMPORT)).isZero();
        assertCompletedAt(historyService, instance.getId(), END_EVENT_IMPORT_FAILED);
    }

    private ProcessInstance startImport() {
        return runtimeService.startProcessInstanceByKey(PROCESS_ID, IMPORT_ID, Map.of(VAR_IMPORT_ID, IMPORT_ID));
    }
}
