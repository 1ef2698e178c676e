package com.moleculeflow.workers.submissions;

import java.util.UUID;

/** The submission use cases the workers call; the application implements them. */
public interface SubmissionSteps {

    /** Hands the approved submission to its CRO (status SENT; the CRO now sees it). */
    void sendToCro(UUID submissionId);

    /** Records that the approver rejected the submission. */
    void recordRejection(UUID submissionId);

    /** Marks the submission completed after its results came back. */
    void complete(UUID submissionId);
}
