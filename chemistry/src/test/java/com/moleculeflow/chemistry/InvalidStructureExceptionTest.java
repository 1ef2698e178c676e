package com.moleculeflow.chemistry;

import com.moleculeflow.chemistry.InvalidStructureException.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InvalidStructureExceptionTest {

    @Test
    void messageQuotesTheInputAfterTheReason() {
        InvalidStructureException e = new InvalidStructureException(Kind.SYNTAX, "SMILES syntax error: x", "C(");
        assertThat(e.getMessage()).isEqualTo("SMILES syntax error: x in \"C(\"");
        assertThat(e.reason()).isEqualTo("SMILES syntax error: x");
        assertThat(e.input()).isEqualTo("C(");
    }

    @Test
    void veryLongInputIsShortenedInTheMessageOnly() {
        String input = "C".repeat(500);
        InvalidStructureException e = new InvalidStructureException(Kind.VALENCE, "r", input);
        assertThat(e.getMessage()).isEqualTo("r in \"" + "C".repeat(200) + "…\"");
        assertThat(e.input()).hasSize(500);
    }

    @Test
    void isUnchecked() {
        assertThat(new InvalidStructureException(Kind.NO_STRUCTURE, "no structure given", "")).isInstanceOf(RuntimeException.class);
    }
}
