/**
 * Built-in 21 CFR Part 11 electronic signatures: the signer re-enters their password, and the signature records
 * who, when, the meaning, and a SHA-256 of exactly what was signed. Signatures are never changed or deleted.
 */
package com.moleculeflow.app.signatures;
