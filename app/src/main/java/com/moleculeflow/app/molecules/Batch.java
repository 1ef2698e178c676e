package com.moleculeflow.app.molecules;

import java.time.Instant;
import java.util.UUID;

/** One physical sample of a parent, as given (salt form) and where it came from. */
public record Batch(long id, String corporateId, int batchNumber, String saltFormSmiles, String saltDescription,
                    String originalText, String externalId, UUID importId, Long sourceLine, String createdBy, Instant createdAt) {

    /** What a CRO may see of a batch sent to it: no line of the pharma's file, no import, no registrant. */
    Batch withoutProvenance() {
        return new Batch(id, corporateId, batchNumber, saltFormSmiles, saltDescription, null, externalId, null, null, null, createdAt);
    }
}
