package com.moleculeflow.chemistry;

import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;

import static org.assertj.core.api.Assertions.assertThat;

class SaltDictionaryTest {

    private static SaltDictionary.Entry lookUp(String smiles) throws Exception {
        IAtomContainer mol = new SmilesParser(SilentChemObjectBuilder.getInstance()).parseSmiles(smiles);
        Neutralisation.apply(mol);
        return SaltDictionary.find(SaltDictionary.key(mol));
    }

    @Test
    void chlorideAndHydrogenChlorideAreTheSameEntry() throws Exception {
        assertThat(lookUp("[Cl-]")).isEqualTo(lookUp("Cl")).extracting(SaltDictionary.Entry::label).isEqualTo("HCl");
    }

    @Test
    void maleateAndFumarateAreTold() throws Exception {
        assertThat(lookUp("[O-]C(=O)/C=C\\C(=O)O").label()).isEqualTo("maleic acid");
        assertThat(lookUp("OC(=O)/C=C/C(=O)[O-]").label()).isEqualTo("fumaric acid");
    }

    @Test
    void sodiumIsACation() throws Exception {
        assertThat(lookUp("[Na+]").cation()).isEqualTo("sodium");
    }

    @Test
    void drugsAreNotInTheDictionary() throws Exception {
        assertThat(lookUp("CC(=O)Nc1ccc(O)cc1")).isNull();
    }
}
