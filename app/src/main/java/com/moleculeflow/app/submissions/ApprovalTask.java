package com.moleculeflow.app.submissions;

import java.time.Instant;
import java.util.UUID;

/** An open approval as the task list shows it. */
public record ApprovalTask(String id, String name, String assignee, Instant created, UUID submissionId, String submissionTitle,
                           String submitter, String croOrganisationName, int moleculeCount) {
}
