package com.moleculeflow.chemistry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DepictionTest {

    private final Depiction depiction = new Depiction();

    @Test
    void drawsSvgOfDefaultSize() {
        String svg = depiction.svg("c1ccccc1O");
        assertThat(svg).contains("<svg").contains("width='250.0px' height='200.0px'").endsWith("</svg>\n");
    }

    @Test
    void unparsableSmilesIsAnInvalidStructure() {
        assertThatThrownBy(() -> depiction.svg("C1CC")).isInstanceOf(InvalidStructureException.class)
                .hasMessageEndingWith(" in \"C1CC\"");
    }

    @Test
    void emptySmilesIsNoStructure() {
        assertThatThrownBy(() -> depiction.svg("")).isInstanceOf(InvalidStructureException.class)
                .hasMessage("no structure given in \"\"");
    }
}
