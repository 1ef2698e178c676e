package com.moleculeflow.processes.submission;

/**
 * An approval or a claim of the approval task was refused because the four-eyes rule cannot be shown to hold: the
 * approver (or the claimant) is the submitter, or nobody is authenticated. The engine wraps it (a {@code ProcessEngineException} whose cause is this), rolls
 * the completion back and leaves the task open.
 */
public class FourEyesViolation extends RuntimeException {

    private FourEyesViolation(String message) {
        super(message);
    }

    static FourEyesViolation submitterApproving(String user) {
        return new FourEyesViolation("four-eyes rule: " + user + " submitted this submission and cannot approve it");
    }

    static FourEyesViolation submitterHolding(String user) {
        return new FourEyesViolation("four-eyes rule: " + user + " submitted this submission and cannot claim its approval task");
    }

    static FourEyesViolation noAuthenticatedApprover() {
        return new FourEyesViolation("approval requires an authenticated approver");
    }
}
