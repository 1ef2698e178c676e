/**
 * Molecule imports: a file becomes a kept document and a {@code molecule-import} process; workers register it
 * chunk by chunk in file order, and every input row ends with one recorded outcome and its original text.
 */
package com.moleculeflow.app.imports;
