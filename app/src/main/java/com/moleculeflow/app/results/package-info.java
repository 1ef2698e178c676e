/**
 * Results returned by a CRO: a results file is kept as a document, each row matched only against the molecules
 * of its submission, and the process is told the results are back. Provides the results shown on molecules.
 */
package com.moleculeflow.app.results;
