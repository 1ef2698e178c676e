package com.moleculeflow.app.imports;

import com.moleculeflow.workers.imports.CompleteImportWorker;
import com.moleculeflow.workers.imports.ImportSteps;
import com.moleculeflow.workers.imports.PrepareImportWorker;
import com.moleculeflow.workers.imports.RegisterImportChunkWorker;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The import workers, wired to this module's use cases; the engine module runs every JobHandler bean. */
@Configuration(proxyBeanMethods = false)
class ImportWorkers {

    @Bean
    PrepareImportWorker prepareImportWorker(ImportSteps steps) {
        return new PrepareImportWorker(steps);
    }

    @Bean
    RegisterImportChunkWorker registerImportChunkWorker(ImportSteps steps) {
        return new RegisterImportChunkWorker(steps);
    }

    @Bean
    CompleteImportWorker completeImportWorker(ImportSteps steps) {
        return new CompleteImportWorker(steps);
    }
}
