package com.moleculeflow.chemistry.io;

import java.util.Map;

/**
 * One record of an input file, before any chemistry.
 *
 * @param lineNumber   1-based physical line where the record starts (blank lines counted, header included)
 * @param originalText the raw record text as it appeared in the file (several lines if a quoted field spans lines)
 * @param structure    the structure column's value, trimmed; empty if absent, and empty for malformed rows
 * @param externalId   the ID column's value, or {@code null} when the file has no ID column or the cell is empty
 * @param fields       all columns by header name, in file order
 * @param error        why the record is malformed ({@code line N: ...}), or {@code null}
 */
public record InputRow(long lineNumber, String originalText, String structure, String externalId,
                       Map<String, String> fields, String error) {

    public boolean malformed() {
        return error != null;
    }
}
