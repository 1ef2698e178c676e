package com.moleculeflow.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.moleculeflow.processes.MoleculeImportProcess;
import com.moleculeflow.workers.imports.ImportSteps;
import com.moleculeflow.workers.imports.PrepareImportWorker;
import com.moleculeflow.workers.imports.RegisterImportChunkWorker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ImportWorkersTest {

    private final UUID importId = UUID.randomUUID();
    private final List<String> calls = new ArrayList<>();

    private final ImportSteps steps = new ImportSteps() {
        @Override
        public int prepare(UUID id) {
            if (!id.equals(importId)) {
                throw new UnreadableImportFile("line 1: no SMILES column among [name, value]");
            }
            return 3;
        }

        @Override
        public void registerChunk(UUID id, int chunkIndex) {
            calls.add("chunk " + chunkIndex + " of " + id);
        }

        @Override
        public void complete(UUID id) {
            calls.add("complete " + id);
        }
    };

    private Job job(String topic, Map<String, Object> variables) {
        return new Job("job-1", topic, importId.toString(), variables);
    }

    @Test
    void prepareReportsTheChunkCountToTheProcess() {
        var result = new PrepareImportWorker(steps).handle(job(MoleculeImportProcess.TOPIC_PREPARE_IMPORT,
                Map.of(MoleculeImportProcess.VAR_IMPORT_ID, importId.toString())));

        assertThat(result).containsEntry(MoleculeImportProcess.VAR_CHUNK_COUNT, 3);
    }

    @Test
    void unreadableFileBecomesTheModelledBusinessOutcomeWithItsReason() {
        var worker = new PrepareImportWorker(steps);
        var job = job(MoleculeImportProcess.TOPIC_PREPARE_IMPORT, Map.of(MoleculeImportProcess.VAR_IMPORT_ID, UUID.randomUUID().toString()));

        assertThatThrownBy(() -> worker.handle(job))
                .isInstanceOfSatisfying(BusinessOutcome.class, outcome -> assertThat(outcome.errorCode())
                        .isEqualTo(MoleculeImportProcess.ERROR_IMPORT_FILE_UNREADABLE))
                .hasMessageContaining("no SMILES column");
    }

    @Test
    void chunkWorkerRegistersTheChunkNamedByTheJob() {
        new RegisterImportChunkWorker(steps).handle(job(MoleculeImportProcess.TOPIC_REGISTER_IMPORT_CHUNK,
                Map.of(MoleculeImportProcess.VAR_IMPORT_ID, importId.toString(), MoleculeImportProcess.VAR_CHUNK_INDEX, 2)));

        assertThat(calls).containsExactly("chunk 2 of " + importId);
    }

    @Test
    void jobWithoutItsChunkIndexIsATechnicalFailureNamingTheVariable() {
        var worker = new RegisterImportChunkWorker(steps);
        var job = job(MoleculeImportProcess.TOPIC_REGISTER_IMPORT_CHUNK, Map.of(MoleculeImportProcess.VAR_IMPORT_ID, importId.toString()));

        assertThatThrownBy(() -> worker.handle(job)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chunkIndex");
    }
}
