package com.moleculeflow.app.results;

import java.util.List;
import java.util.UUID;

/**
 * What an uploaded results file did: how many values landed, each rejected row with its reason, and the submitted
 * batches the file gave no value for (corporate batch ids), so a partial return is visible at once.
 */
public record ResultUpload(UUID submissionId, UUID documentId, int accepted, int rejected, List<RejectedRow> rejections,
                           List<String> withoutResult) {

    public record RejectedRow(long lineNumber, String originalText, String reason) {
    }
}
