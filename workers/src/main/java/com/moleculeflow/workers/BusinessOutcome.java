package com.moleculeflow.workers;

/** A result the BPMN model handles with an error event (by {@code errorCode}), not a failure to retry. */
public class BusinessOutcome extends RuntimeException {

    private final String errorCode;

    public BusinessOutcome(String errorCode, String message) {
        super(message);
        this.errorCode = errorCode;
    }

    public String errorCode() {
        return errorCode;
    }
}
