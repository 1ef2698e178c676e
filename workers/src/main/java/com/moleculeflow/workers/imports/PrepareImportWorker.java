package com.moleculeflow.workers.imports;

import com.moleculeflow.processes.MoleculeImportProcess;
import com.moleculeflow.workers.BusinessOutcome;
import com.moleculeflow.workers.Job;
import com.moleculeflow.workers.JobHandler;
import java.util.Map;
import java.util.UUID;

/** {@code prepare-import}: counts the file's rows and tells the process how many chunks follow. */
public final class PrepareImportWorker implements JobHandler {

    private final ImportSteps steps;

    public PrepareImportWorker(ImportSteps steps) {
        this.steps = steps;
    }

    @Override
    public String topic() {
        return MoleculeImportProcess.TOPIC_PREPARE_IMPORT;
    }

    @Override
    public Map<String, Object> handle(Job job) {
        UUID importId = UUID.fromString(job.string(MoleculeImportProcess.VAR_IMPORT_ID));
        try {
            return Map.of(MoleculeImportProcess.VAR_CHUNK_COUNT, steps.prepare(importId));
        } catch (ImportSteps.UnreadableImportFile unreadable) {
            throw new BusinessOutcome(MoleculeImportProcess.ERROR_IMPORT_FILE_UNREADABLE, unreadable.getMessage());
        }
    }
}
