package com.moleculeflow.chemistry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InchiLayersTest {

    @Test
    void standardInchiIsTheMobileHydrogenPartOfTheFixedHInchi() {
        assertThat(InchiLayers.standardOf("InChI=1/C5H5NO/c7-5-3-1-2-4-6-5/h1-4H,(H,6,7)/f/h6H"))
                .isEqualTo("InChI=1S/C5H5NO/c7-5-3-1-2-4-6-5/h1-4H,(H,6,7)");
    }

    @Test
    void stereoLayersAreRemovedAndIsotopesKept() {
        assertThat(InchiLayers.withoutStereo("InChI=1S/C3H6DNO2/c1-2(4)3(5)6/h2H,4H2,1H3,(H,5,6)/t2-/m0/s1/i1D"))
                .isEqualTo("InChI=1S/C3H6DNO2/c1-2(4)3(5)6/h2H,4H2,1H3,(H,5,6)/i1D");
    }
}
