package com.moleculeflow.app.signatures;

import java.time.Instant;
import java.util.UUID;

/** A signature manifestation (Part 11 §11.50): printed name, time, meaning, and what was signed. */
public record Signature(UUID id, String signer, String signerName, String meaning, String recordType, String recordId,
                        String contentSha256, Instant signedAt) {
}
