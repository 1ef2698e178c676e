/** Libraries: named, shareable sets of parents, made by hand or from an import. */
package com.moleculeflow.app.libraries;
