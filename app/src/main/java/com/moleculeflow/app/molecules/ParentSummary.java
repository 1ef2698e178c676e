package com.moleculeflow.app.molecules;

import java.time.Instant;

/** A row of the browse grid: one parent with its batch count and latest batch. */
public record ParentSummary(long id, String corporateId, String smiles, String formula, double averageMw, double exactMass,
                            Double logP, Double tpsa, Integer hbd, Integer hba, Integer rotatableBonds, String inchiKey,
                            int batchCount, String latestBatchId, Instant createdAt) {
}
