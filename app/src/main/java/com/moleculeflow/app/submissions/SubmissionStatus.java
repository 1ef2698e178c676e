package com.moleculeflow.app.submissions;

/** Where a submission stands; the BPMN instance drives every change after DRAFT. */
public enum SubmissionStatus {
    DRAFT, AWAITING_APPROVAL, REJECTED, SENT_TO_CRO, RESULTS_RETURNED, COMPLETED;

    /** A CRO sees a submission only once it has been sent to them. */
    public boolean visibleToCro() {
        return this == SENT_TO_CRO || this == RESULTS_RETURNED || this == COMPLETED;
    }
}
