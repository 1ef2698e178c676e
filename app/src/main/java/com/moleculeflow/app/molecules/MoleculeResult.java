package com.moleculeflow.app.molecules;

import java.time.Instant;
import java.util.UUID;

/** A measured value returned by a CRO for one batch of this molecule. */
public record MoleculeResult(UUID submissionId, String batchCorporateId, String assay, double value, String identifier,
                             String recordedBy, Instant recordedAt) {
}
