package com.moleculeflow.chemistry.io;

import com.moleculeflow.chemistry.AnalyzedCompound;
import com.moleculeflow.chemistry.CompoundAnalyzer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoleculeFileReaderTest {

    private static List<InputRow> readAll(String fixture, ColumnMapping mapping) {
        List<InputRow> rows = new ArrayList<>();
        try (MoleculeFileReader reader = MoleculeFileReader.open(fixture(fixture), fixture, mapping)) {
            reader.forEachRemaining(rows::add);
        }
        return rows;
    }

    private static InputStream fixture(String name) {
        return MoleculeFileReaderTest.class.getResourceAsStream(name);
    }

    @Test
    @DisplayName("E12: byte-order mark stripped and Windows line endings accepted")
    void e12BomAndCrlf() {
        try (MoleculeFileReader reader = MoleculeFileReader.open(fixture("e12-bom-crlf.csv"), "e12-bom-crlf.csv", ColumnMapping.auto())) {
            assertThat(reader.headers()).containsExactly("SMILES", "ID");
            InputRow row = reader.next();
            assertThat(row.structure()).isEqualTo("CCO");
            assertThat(row.externalId()).isEqualTo("1");
            assertThat(row.lineNumber()).isEqualTo(2);
            assertThat(reader.hasNext()).isFalse();
        }
    }

    @Test
    @DisplayName("E13: unquoted CXSMILES with commas is a row error naming the line")
    void e13UnquotedCxsmilesIsARowError() {
        InputRow row = readAll("e13-cxsmiles-commas.csv", ColumnMapping.auto()).get(0);
        assertThat(row.error()).isEqualTo("line 2: more fields than the header (4 > 2)");
        assertThat(row.structure()).isEmpty();
        assertThat(row.externalId()).isEqualTo("F620");
        assertThat(row.originalText()).isEqualTo("F620,C[C@@H]1CC[C@@H](O1)C(=O)N2CCC=C(F)C2 |&1:1,4,r|");
    }

    @Test
    @DisplayName("E13: the quoted CXSMILES parses with its enhanced stereo")
    void e13QuotedCxsmilesParses() {
        InputRow row = readAll("e13-cxsmiles-commas.csv", ColumnMapping.auto()).get(1);
        assertThat(row.error()).isNull();
        assertThat(row.structure()).isEqualTo("C[C@@H]1CC[C@@H](O1)C(=O)N2CCC=C(F)C2 |&1:1,4,r|");
        AnalyzedCompound c = new CompoundAnalyzer().analyze(row.structure());
        assertThat(c.parentSmiles()).isEqualTo("C[C@@H]1CC[C@H](C(=O)N2CCC=C(C2)F)O1 |r|");
    }

    @Test
    void quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() {
        List<InputRow> rows = readAll("quoted-and-blank.csv", ColumnMapping.auto());
        assertThat(rows).extracting(InputRow::externalId).containsExactly("MF-1", "MF-2", "MF-3");
        assertThat(rows.get(0).fields()).containsEntry("supplier", "Acme, Inc.").containsEntry("notes", "said \"pure\"");
        assertThat(rows.get(1).fields()).containsEntry("notes", "two\nlines");
        assertThat(rows.get(1).originalText()).isEqualTo("MF-2,c1ccccc1,Beta,\"two\nlines\"");
    }

    @Test
    void blankLinesAreSkippedButLineNumbersStayTrue() {
        assertThat(readAll("quoted-and-blank.csv", ColumnMapping.auto())).extracting(InputRow::lineNumber).containsExactly(2L, 5L, 7L);
    }

    @Test
    void missingTrailingFieldsReadAsEmpty() {
        assertThat(readAll("quoted-and-blank.csv", ColumnMapping.auto()).get(2).fields()).containsEntry("notes", "");
    }

    @Test
    void explicitMappingPicksTheColumns() {
        InputRow row = readAll("quoted-and-blank.csv", new ColumnMapping("SMILES", "supplier")).get(0);
        assertThat(row.structure()).isEqualTo("CCO");
        assertThat(row.externalId()).isEqualTo("Acme, Inc.");
    }

    @Test
    void unknownMappedColumnFailsAtOpenListingTheHeaders() {
        assertThatThrownBy(() -> MoleculeFileReader.open(fixture("quoted-and-blank.csv"), "x.csv", new ColumnMapping("structure_text", null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("structure column \"structure_text\" not found; available headers: [compound_id, smiles, supplier, notes]");
    }

    @Test
    void fileWithoutStructureColumnFailsAtOpen() {
        InputStream in = new ByteArrayInputStream("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> MoleculeFileReader.open(in, "x.csv", ColumnMapping.auto()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no structure column: expected one of [smiles, structure, canonical_smiles, mol]; available headers: [a, b]");
    }

    @Test
    void twoColumnsNamedLikeTheStructureAreAmbiguousAndFailAtOpen() {
        InputStream in = new ByteArrayInputStream("SMILES,SMILES\nCCO,CCN\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> MoleculeFileReader.open(in, "x.csv", ColumnMapping.auto()))
                .hasMessage("the header has more than one column named \"SMILES\" (the later ones are read as SMILES_2 and so on): "
                        + "name the structure column; available headers: [SMILES, SMILES_2]");
    }

    @Test
    void aRowThatIsNotUtf8IsAnErrorRowNotAGuess() {
        byte[] latin1 = "smiles,id\nCO,M\u00e9thyl\nCCO,ethanol\n".getBytes(StandardCharsets.ISO_8859_1);
        try (MoleculeFileReader reader = MoleculeFileReader.open(new ByteArrayInputStream(latin1), "x.csv", ColumnMapping.auto())) {
            InputRow methyl = reader.next();
            assertThat(methyl.error()).startsWith("line 2: not UTF-8 text");
            assertThat(methyl.structure()).isEmpty();
            assertThat(reader.next().externalId()).isEqualTo("ethanol");
        }
    }

    @Test
    void tabSeparatedFileUsesFirstOtherColumnAsId() {
        List<InputRow> rows = readAll("tabs.tsv", ColumnMapping.auto());
        assertThat(rows).extracting(InputRow::structure).containsExactly("CCO", "CCN");
        assertThat(rows).extracting(InputRow::externalId).containsExactly("ethanol", "ethylamine");
        assertThat(rows).extracting(InputRow::lineNumber).containsExactly(2L, 4L);
    }

    @Test
    void smilesFileWithHeaderCxsmilesAndMissingId() {
        List<InputRow> rows = readAll("series.smi", ColumnMapping.auto());
        assertThat(rows).extracting(InputRow::structure)
                .containsExactly("CCO", "c1ccccc1", "C[C@@H]1CC[C@@H](O1)C |&1:1,4|", "CCN");
        assertThat(rows).extracting(InputRow::externalId).containsExactly("1520012", "benzene ring", "F9", null);
        assertThat(rows).extracting(InputRow::lineNumber).containsExactly(2L, 4L, 5L, 6L);
    }

    @Test
    void unclosedQuoteAtEndOfFileIsARowError() {
        List<InputRow> rows = readAll("unclosed-quote.csv", ColumnMapping.auto());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).error()).isEqualTo("line 2: quoted field is never closed");
        assertThat(rows.get(0).originalText()).isEqualTo("A,\"CCO\nB,CCN");
    }

    @Test
    void skipPassesRowsWithoutReadingThem() {
        try (MoleculeFileReader reader = MoleculeFileReader.open(fixture("quoted-and-blank.csv"), "q.csv", ColumnMapping.auto())) {
            assertThat(reader.skip(2)).isEqualTo(2);
            assertThat(reader.next().externalId()).isEqualTo("MF-3");
            assertThat(reader.skip(5)).isZero();
        }
    }

    @Test
    void countRowsCountsRecordsNotLines() {
        assertThat(MoleculeFileReader.countRows(fixture("quoted-and-blank.csv"), "q.csv")).isEqualTo(3);
        assertThat(MoleculeFileReader.countRows(fixture("series.smi"), "series.smi")).isEqualTo(4);
    }

    @Test
    void unsupportedExtensionIsRefused() {
        assertThatThrownBy(() -> MoleculeFileReader.open(fixture("tabs.tsv"), "data.xlsx", ColumnMapping.auto()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unsupported file type \"data.xlsx\"");
    }
}
