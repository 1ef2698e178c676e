/**
 * Workers: one small handler per job type (topic). A handler reads ids from its {@link com.moleculeflow.workers.Job},
 * calls one use case through a port the application implements, and returns small results. Engine-neutral:
 * the app binds handlers to Operaton external tasks; a Camunda 8 binding would be another adapter.
 */
package com.moleculeflow.workers;
