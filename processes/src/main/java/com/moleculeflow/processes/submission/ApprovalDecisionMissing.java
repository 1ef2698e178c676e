package com.moleculeflow.processes.submission;

/**
 * An approval task was completed without a Boolean decision. The engine wraps it (a
 * {@code ProcessEngineException} whose cause is this), rolls the completion back and leaves the task open.
 */
public class ApprovalDecisionMissing extends RuntimeException {

    ApprovalDecisionMissing(String variable, Object value) {
        super("approval decision missing: variable '" + variable + "' must be true or false, was "
                + (value == null ? "absent" : "'" + value + "' (" + value.getClass().getSimpleName() + ")")
                + "; approve or reject this submission in the MoleculeFlow portal");
    }
}
