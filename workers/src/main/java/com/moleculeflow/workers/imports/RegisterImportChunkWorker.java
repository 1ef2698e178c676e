package com.moleculeflow.workers.imports;

import com.moleculeflow.processes.MoleculeImportProcess;
import com.moleculeflow.workers.Job;
import com.moleculeflow.workers.JobHandler;
import java.util.Map;
import java.util.UUID;

/** {@code register-import-chunk}: registers one chunk of rows; chunks run in file order. */
public final class RegisterImportChunkWorker implements JobHandler {

    private final ImportSteps steps;

    public RegisterImportChunkWorker(ImportSteps steps) {
        this.steps = steps;
    }

    @Override
    public String topic() {
        return MoleculeImportProcess.TOPIC_REGISTER_IMPORT_CHUNK;
    }

    @Override
    public Map<String, Object> handle(Job job) {
        steps.registerChunk(UUID.fromString(job.string(MoleculeImportProcess.VAR_IMPORT_ID)),
                job.integer(MoleculeImportProcess.VAR_CHUNK_INDEX));
        return Map.of();
    }
}
