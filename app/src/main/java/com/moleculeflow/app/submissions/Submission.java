package com.moleculeflow.app.submissions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A submission with what was sent, to whom, and who decided. */
public record Submission(UUID id, String title, String croOrganisationId, String croOrganisationName, String assay,
                         SubmissionStatus status, String createdBy, Instant createdAt, Instant submittedAt,
                         String decidedBy, Instant decidedAt, String decisionComment, Instant completedAt,
                         String processInstanceId, List<Item> items) {

    /** One submitted batch and the identifiers the CRO may report it under. */
    public record Item(long batchId, long parentId, String parentCorporateId, String batchCorporateId, String externalId) {
    }

    /** The exact text an approver signs: the submission's terms and its sorted molecule list. */
    public String signedContent() {
        StringBuilder text = new StringBuilder()
                .append("submission ").append(id).append('\n')
                .append("cro ").append(croOrganisationId).append('\n')
                .append("assay ").append(assay).append('\n');
        items.stream().map(Item::batchCorporateId).sorted().forEach(b -> text.append("batch ").append(b).append('\n'));
        return text.toString();
    }
}
