package com.moleculeflow.workers;

import java.util.Map;

/**
 * Does the work of one topic. Returns the variables to set on completion. A business outcome the process models
 * is thrown as {@link BusinessOutcome}; anything else is a technical failure the engine retries.
 */
public interface JobHandler {

    String topic();

    Map<String, Object> handle(Job job);
}
