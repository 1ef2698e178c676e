/**
 * Engine-side rules of the CRO submission process that must hold however a task is completed (Tasklist, portal, REST).
 */
package com.moleculeflow.processes.submission;
