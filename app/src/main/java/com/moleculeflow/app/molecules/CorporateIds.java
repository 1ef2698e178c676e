package com.moleculeflow.app.molecules;

/** Corporate identifiers: parents {@code MF-0000123}, batches numbered per parent {@code MF-0000123-01}. */
final class CorporateIds {

    private CorporateIds() {
    }

    /** SQL expression drawing the next parent number and formatting it, so numbering costs no extra round trip. */
    static final String NEXT_PARENT_SQL = "'MF-' || lpad(nextval('parent_number_seq')::text, 7, '0')";

    static String batch(String parentCorporateId, int batchNumber) {
        return "%s-%02d".formatted(parentCorporateId, batchNumber);
    }
}
