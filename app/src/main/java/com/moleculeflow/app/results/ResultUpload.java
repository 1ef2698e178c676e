package com.moleculeflow.app.results;

import java.util.List;
import java.util.UUID;

/** What an uploaded results file did: how many values landed, and each rejected row with its reason. */
public record ResultUpload(UUID submissionId, UUID documentId, int accepted, int rejected, List<RejectedRow> rejections) {

    public record RejectedRow(long lineNumber, String originalText, String reason) {
    }
}
