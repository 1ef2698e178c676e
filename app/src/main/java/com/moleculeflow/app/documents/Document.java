package com.moleculeflow.app.documents;

import java.time.Instant;
import java.util.UUID;

/** A kept file: what it was called, how big, its SHA-256, who brought it and why. */
public record Document(UUID id, String fileName, String contentType, long sizeBytes, String sha256, String purpose,
                       String uploadedBy, Instant uploadedAt) {
}
