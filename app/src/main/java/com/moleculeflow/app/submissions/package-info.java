/**
 * CRO submissions: molecules + CRO + assay, sent through the {@code cro-submission} process (approval with a
 * signature, hand-over, results returned). Also decides what a CRO user may see.
 */
package com.moleculeflow.app.submissions;
