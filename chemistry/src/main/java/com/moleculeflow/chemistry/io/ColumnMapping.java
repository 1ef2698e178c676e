package com.moleculeflow.chemistry.io;

import java.util.List;

/**
 * Which columns hold the structure and the external ID. A {@code null} column is detected from the header
 * (case-insensitive): structure among {@link #STRUCTURE_NAMES}, ID among {@link #ID_NAMES}, else the
 * first column that is not the structure column.
 *
 * @param structureColumn header of the structure column, or {@code null} to detect it
 * @param idColumn        header of the ID column, or {@code null} to detect it
 */
public record ColumnMapping(String structureColumn, String idColumn) {

    public static final List<String> STRUCTURE_NAMES = List.of("smiles", "structure", "canonical_smiles", "mol");
    public static final List<String> ID_NAMES = List.of("id", "compound_id", "nci_id", "name", "molregno", "external_id");

    /** Detect both columns from the header. */
    public static ColumnMapping auto() {
        return new ColumnMapping(null, null);
    }
}
