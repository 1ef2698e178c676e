package com.moleculeflow.app.audit;

import com.moleculeflow.app.common.TextFields;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit trail")
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    @Operation(summary = "Audit events for one record (merged with the engine's history when it is a process), or the latest 100")
    @PreAuthorize("!hasRole('CRO')")
    List<AuditEvent> events(@RequestParam(required = false) String entityId) {
        return entityId == null || entityId.isBlank() ? trail.recent(100) : trail.forEntity(TextFields.check("entityId", entityId, 64));
    }
}
