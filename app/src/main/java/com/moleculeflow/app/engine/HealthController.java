package com.moleculeflow.app.engine;

import com.moleculeflow.processes.CroSubmissionProcess;
import com.moleculeflow.processes.MoleculeImportProcess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.operaton.bpm.engine.ProcessEngine;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Load balancers and operators ask here: is the database reachable, and is the engine running with our processes? */
@RestController
@Tag(name = "Health")
class HealthController {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(HealthController.class);

    private final JdbcClient jdbc;
    private final ProcessEngine engine;

    HealthController(JdbcClient jdbc, ProcessEngine engine) {
        this.jdbc = jdbc;
        this.engine = engine;
    }

    @GetMapping("/api/v1/health")
    @Operation(summary = "Database and engine status; 503 when either is down")
    @SecurityRequirements // no token: load balancers and monitors ask here
    ResponseEntity<Map<String, Object>> health() {
        Map<String, Object> body = new LinkedHashMap<>();
        boolean up = check(body, "database", () -> jdbc.sql("select 1").query(Integer.class).single() == 1);
        // the engine is of use only with our two processes deployed: the query also proves it reaches its tables
        up &= check(body, "engine", () -> engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKeysIn(CroSubmissionProcess.PROCESS_ID, MoleculeImportProcess.PROCESS_ID).latestVersion().count() == 2);
        body.put("status", up ? "UP" : "DOWN");
        body.put("engineName", engine.getName());
        return ResponseEntity.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(body);
    }

    private static boolean check(Map<String, Object> body, String name, java.util.function.BooleanSupplier probe) {
        try {
            boolean ok = probe.getAsBoolean();
            body.put(name, ok ? "UP" : "DOWN");
            return ok;
        } catch (RuntimeException e) {
            // anyone may call health: the reason goes to the log, not to the caller (it can name hosts)
            log.warn("Health check of {} failed", name, e);
            body.put(name, "DOWN");
            return false;
        }
    }
}
