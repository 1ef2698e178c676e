/**
 * The BPMN models of MoleculeFlow and, per process, the one constants class that names its ids, topics,
 * variables, messages and error codes for Java code.
 */
package com.moleculeflow.processes;
