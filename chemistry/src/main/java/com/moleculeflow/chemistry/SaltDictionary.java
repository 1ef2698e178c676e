package com.moleculeflow.chemistry;

import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;
import org.openscience.cdk.smiles.SmilesParser;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counter-ions and solvents stripped from a salt form (standardisation rules version 1 and 2). A fragment
 * matches when its neutralised canonical SMILES (stereo kept, isotopes ignored) equals an entry's, so
 * {@code [Cl-]} and {@code Cl} both read as HCl and maleate is not confused with fumarate.
 * Changing this list changes parents: bump {@link CompoundAnalyzer#RULES_VERSION}.
 */
final class SaltDictionary {

    /** How a stripped fragment is named in a salt description; {@code cation} names "sodium salt". */
    record Entry(String label, String cation) {
    }

    /** Fragments larger than the largest entry are never looked up. */
    static final int MAX_HEAVY_ATOMS = 16;

    private static final int KEY_FLAVOUR = SmiFlavor.Canonical | SmiFlavor.Stereo;

    private static final Map<String, Entry> ENTRIES = build();

    private SaltDictionary() {
    }

    static Entry find(String key) {
        return ENTRIES.get(key);
    }

    /** The lookup key of a fragment that has already been neutralised. */
    static String key(IAtomContainer neutralisedFragment) throws CDKException {
        return new SmilesGenerator(KEY_FLAVOUR).create(neutralisedFragment);
    }

    private static Map<String, Entry> build() {
        Map<String, List<String>> acids = new HashMap<>();
        acids.put("HF", List.of("[F-]"));
        acids.put("HCl", List.of("[Cl-]"));
        acids.put("HBr", List.of("[Br-]"));
        acids.put("HI", List.of("[I-]"));
        acids.put("HBF4", List.of("F[B-](F)(F)F"));
        acids.put("HPF6", List.of("F[P-](F)(F)(F)(F)F"));
        acids.put("HClO4", List.of("[O-]Cl(=O)(=O)=O"));
        acids.put("HNO3", List.of("[O-][N+](=O)[O-]", "O[N+](=O)[O-]"));
        acids.put("H2SO4", List.of("OS(=O)(=O)O"));
        acids.put("H3PO4", List.of("OP(=O)(O)O"));
        acids.put("H2CO3", List.of("OC(=O)O"));
        acids.put("H2O", List.of("O"));
        acids.put("HSCN", List.of("SC#N"));
        acids.put("HCOOH", List.of("OC=O"));
        acids.put("AcOH", List.of("CC(=O)O"));
        acids.put("TFA", List.of("OC(=O)C(F)(F)F"));
        acids.put("MsOH", List.of("CS(=O)(=O)O"));
        acids.put("TfOH", List.of("OS(=O)(=O)C(F)(F)F"));
        acids.put("TsOH", List.of("Cc1ccc(cc1)S(=O)(=O)O"));
        acids.put("PhSO3H", List.of("OS(=O)(=O)c1ccccc1"));
        acids.put("oxalic acid", List.of("OC(=O)C(=O)O"));
        acids.put("malonic acid", List.of("OC(=O)CC(=O)O"));
        acids.put("succinic acid", List.of("OC(=O)CCC(=O)O"));
        acids.put("fumaric acid", List.of("OC(=O)/C=C/C(=O)O"));
        acids.put("maleic acid", List.of("OC(=O)/C=C\\C(=O)O"));
        acids.put("fumaric/maleic acid", List.of("OC(=O)C=CC(=O)O"));
        acids.put("malic acid", List.of("OC(=O)CC(O)C(=O)O", "OC(=O)C[C@H](O)C(=O)O", "OC(=O)C[C@@H](O)C(=O)O"));
        acids.put("tartaric acid", List.of("OC(=O)C(O)C(O)C(=O)O", "OC(=O)[C@H](O)[C@@H](O)C(=O)O",
                "OC(=O)[C@@H](O)[C@H](O)C(=O)O", "OC(=O)[C@H](O)[C@H](O)C(=O)O", "OC(=O)[C@@H](O)[C@@H](O)C(=O)O"));
        acids.put("citric acid", List.of("OC(=O)CC(O)(CC(=O)O)C(=O)O"));
        acids.put("lactic acid", List.of("CC(O)C(=O)O", "C[C@H](O)C(=O)O", "C[C@@H](O)C(=O)O"));
        acids.put("benzoic acid", List.of("OC(=O)c1ccccc1"));
        acids.put("tromethamine", List.of("NC(CO)(CO)CO"));
        acids.put("meglumine", List.of("CNCC(O)C(O)C(O)C(O)CO", "CNC[C@H](O)[C@@H](O)[C@H](O)[C@H](O)CO"));
        // solvents of crystallisation
        acids.put("MeOH", List.of("CO"));
        acids.put("EtOH", List.of("CCO"));
        acids.put("iPrOH", List.of("CC(C)O"));
        acids.put("acetone", List.of("CC(C)=O"));
        acids.put("MeCN", List.of("CC#N"));
        acids.put("DMSO", List.of("CS(C)=O"));
        acids.put("DMF", List.of("CN(C)C=O"));
        acids.put("Et2O", List.of("CCOCC"));
        acids.put("EtOAc", List.of("CCOC(C)=O"));
        acids.put("THF", List.of("C1CCOC1"));
        acids.put("dioxane", List.of("C1COCCO1"));
        acids.put("CH2Cl2", List.of("ClCCl"));
        acids.put("CHCl3", List.of("ClC(Cl)Cl"));

        Map<String, String[]> cations = Map.of(
                "Li", new String[]{"lithium", "[Li+]"},
                "Na", new String[]{"sodium", "[Na+]"},
                "K", new String[]{"potassium", "[K+]"},
                "Mg", new String[]{"magnesium", "[Mg+2]"},
                "Ca", new String[]{"calcium", "[Ca+2]"},
                "Zn", new String[]{"zinc", "[Zn+2]"},
                "NH4", new String[]{"ammonium", "[NH4+]"});

        SmilesParser parser = new SmilesParser(SilentChemObjectBuilder.getInstance());
        Map<String, Entry> entries = new HashMap<>();
        try {
            for (Map.Entry<String, List<String>> acid : acids.entrySet()) {
                for (String smiles : acid.getValue()) {
                    entries.put(keyOf(parser, smiles), new Entry(acid.getKey(), null));
                }
            }
            for (Map.Entry<String, String[]> cation : cations.entrySet()) {
                entries.put(keyOf(parser, cation.getValue()[1]), new Entry(cation.getKey(), cation.getValue()[0]));
            }
        } catch (CDKException e) {
            throw new IllegalStateException("salt dictionary entry does not parse", e);
        }
        return Map.copyOf(entries);
    }

    private static String keyOf(SmilesParser parser, String smiles) throws CDKException {
        IAtomContainer mol = parser.parseSmiles(smiles);
        Neutralisation.apply(mol);
        return key(mol);
    }
}
