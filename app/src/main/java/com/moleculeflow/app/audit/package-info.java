/**
 * The 21 CFR Part 11 audit trail: who did what, when, to which record, and why. Append-only in the database;
 * read back merged with the engine's own history for records that are process instances.
 */
package com.moleculeflow.app.audit;
