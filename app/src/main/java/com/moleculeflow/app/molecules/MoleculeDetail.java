package com.moleculeflow.app.molecules;

import java.util.List;

/** Everything known about one parent: identity layers, properties, batches and results. */
public record MoleculeDetail(ParentSummary parent, String exactKey, String inchi, String stereoInsensitiveKey,
                             String rulesVersion, List<Batch> batches, List<MoleculeResult> results) {
}
