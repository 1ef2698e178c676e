package com.moleculeflow.app.molecules;

/** The one vocabulary for what happened to an input row, used by the API, the report and the UI. */
public enum Outcome {
    registered, duplicate, in_review, rejected
}
