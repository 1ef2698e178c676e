package com.moleculeflow.app.web.audit;

import com.moleculeflow.app.audit.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail of one record (with the engine's history), or the latest events. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("!hasRole('CRO')")
class AuditPages {

    static final int RECENT = 100;

    private final AuditTrail trail;

    AuditPages(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    String events(@RequestParam(required = false) String entityId, Model model) {
        boolean one = entityId != null && !entityId.isBlank();
        model.addAttribute("entityId", one ? entityId.strip() : "");
        model.addAttribute("events", one ? trail.forEntity(entityId.strip()) : trail.recent(RECENT));
        return "audit/list";
    }
}
