/** Files kept as regulated documents (uploads, results files): content in a DocumentStore, metadata and SHA-256 in the database. */
package com.moleculeflow.app.documents;
