package com.moleculeflow.workers.imports;

import com.moleculeflow.processes.MoleculeImportProcess;
import com.moleculeflow.workers.Job;
import com.moleculeflow.workers.JobHandler;
import java.util.Map;
import java.util.UUID;

/** {@code complete-import}: closes the import once every chunk is in. */
public final class CompleteImportWorker implements JobHandler {

    private final ImportSteps steps;

    public CompleteImportWorker(ImportSteps steps) {
        this.steps = steps;
    }

    @Override
    public String topic() {
        return MoleculeImportProcess.TOPIC_COMPLETE_IMPORT;
    }

    @Override
    public Map<String, Object> handle(Job job) {
        steps.complete(UUID.fromString(job.string(MoleculeImportProcess.VAR_IMPORT_ID)));
        return Map.of();
    }
}
