package com.moleculeflow.app.imports;

/** What happened to one input row, with its line number and original text kept. */
public record ImportRow(long lineNumber, String outcome, String originalText, String externalId, String reason,
                        Long parentId, Long batchId) {
}
