/**
 * The registry: parents (registered structures with their three identity layers and properties) and their
 * batches, browsing, structure pictures, and the results shown on each molecule.
 */
package com.moleculeflow.app.molecules;
