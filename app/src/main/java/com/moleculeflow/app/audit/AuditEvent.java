package com.moleculeflow.app.audit;

import java.time.Instant;

/** One line of the trail; {@code source} says whether it came from our ledger or from the engine's history. */
public record AuditEvent(Instant occurredAt, String actor, String action, String entityType, String entityId,
                         String details, String reason, String source) {
}
