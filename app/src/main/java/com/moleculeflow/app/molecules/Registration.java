package com.moleculeflow.app.molecules;

/** What registering one structure did: the outcome, and the parent/batch it landed on (null when in review). */
public record Registration(Outcome outcome, Long parentId, Long batchId, String reason) {
}
