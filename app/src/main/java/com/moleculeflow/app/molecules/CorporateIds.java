package com.moleculeflow.app.molecules;

/** Corporate identifiers: parents {@code MF-0000123}, batches numbered per parent {@code MF-0000123-01}. */
final class CorporateIds {

    private CorporateIds() {
    }

    static String parent(long number) {
        return "MF-%07d".formatted(number);
    }

    static String batch(String parentCorporateId, int batchNumber) {
        return "%s-%02d".formatted(parentCorporateId, batchNumber);
    }
}
