package com.moleculeflow.chemistry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmilesScreenTest {

    @Test
    void atomsAreCountedAsWrittenBeforeParsing() {
        assertThat(SmilesScreen.atomCount("ClC(Br)c1ccccc1[NH3+].[Na+]*")).isEqualTo(12);
    }

    @Test
    void theTwoLetterOrganicSymbolsCountOnce() {
        assertThat(SmilesScreen.atomCount("ClCCBr")).isEqualTo(4);
    }
}
