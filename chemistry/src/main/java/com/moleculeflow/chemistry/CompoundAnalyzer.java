package com.moleculeflow.chemistry;

import com.moleculeflow.chemistry.InvalidStructureException.Kind;
import org.openscience.cdk.aromaticity.Aromaticity;
import org.openscience.cdk.aromaticity.ElectronDonation;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.graph.ConnectivityChecker;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.qsar.DescriptorValue;
import org.openscience.cdk.qsar.IMolecularDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.RotatableBondsCountDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.TPSADescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.XLogPDescriptor;
import org.openscience.cdk.qsar.result.DoubleResult;
import org.openscience.cdk.qsar.result.IntegerResult;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;
import org.openscience.cdk.smiles.SmilesParser;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;
import org.openscience.cdk.tools.manipulator.MolecularFormulaManipulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates, standardises and describes one structure: the chemistry of registration.
 *
 * <pre>{@code
 * CompoundAnalyzer analyzer = new CompoundAnalyzer();
 * AnalyzedCompound c = analyzer.analyze("F[B-](F)(F)F.[NH3+]CCC");
 * c.parentSmiles();      // "CCCN"
 * c.saltDescription();   // "parent · HBF4 (1:1)"
 * c.identity().inchiKey(); // "WGYKZJWCGVVSQN-UHFFFAOYSA-N"
 * analyzer.analyze("C(C)(C)(C)(C)C");
 * // InvalidStructureException: impossible valence on atom C1 (5 bonds, max 4) in "C(C)(C)(C)(C)C"
 * }</pre>
 *
 * <p><b>Validation</b> is explicit because CDK's SMILES parser is lenient: empty text, words
 * ({@code TBD}, {@code n/a}), unknown element symbols, {@code %} ring closures without two digits,
 * aromatic systems without a Kekulé form (an aromatic N-H written {@code n} instead of {@code [nH]}) and
 * valences above the element's maximum are rejected with an {@link InvalidStructureException} whose
 * message quotes the input. No other exception escapes {@link #analyze}.
 *
 * <p><b>Standardisation</b> (rules version {@value #RULES_VERSION}): fragments whose neutral form is in
 * the salt dictionary (counter-ions, common acids, water and solvents) are stripped; if that would strip
 * everything, the largest organic fragment is the parent; with no organic fragment the input is rejected.
 * Two or more different organic fragments outside the dictionary are all kept in the parent and the result
 * carries a {@link AnalyzedCompound#reviewReason()}. The parent is then neutralised by moving protons
 * (see {@code Neutralisation}); stereo and isotopes are kept.
 *
 * <p><b>Identity</b>: one non-standard InChI (FixedH) computation gives the exact key, the standard
 * InChI/InChIKey and the stereo-insensitive key ({@link Identity}).
 *
 * <p><b>Threads and cost</b>: one instance may be shared by any number of threads; CDK parsers and
 * descriptors are kept per thread. A call costs roughly 0.3-1 ms on one core, dominated by InChI,
 * XLogP and stereo-aware canonical SMILES.
 *
 * <p><b>Known limits</b>: no tautomer canonicalisation of the parent SMILES (the standard InChIKey is the
 * tautomer-insensitive layer); metals are not valence-checked and are never disconnected; fragments not
 * in the dictionary that contain no carbon stay in the parent; when fixed cations (quaternary N) remain,
 * which anion stays charged depends on atom order; structures over {@value #MAX_ATOMS} atoms are refused; CXSMILES enhanced stereo is kept in the SMILES and
 * in the exact key only when it covers the whole molecule (all stereocentres racemic, or all relative: InChI's
 * {@code SRac}/{@code SRel}); other enhanced stereo goes to review.
 */
public final class CompoundAnalyzer {

    /** Largest structure taken, in atoms as written (InChI refuses more than 1024 atoms). */
    public static final int MAX_ATOMS = 1024;

    /**
     * Version of the standardisation rules; stored keys and parents depend on it, and a parent matches only parents
     * of its own version. 2: the exact key of a racemic or relative structure comes from InChI's SRac/SRel (in 1 it
     * was the key of the enantiomer as drawn); salts, neutralisation and every other key are as in 1.
     */
    public static final String RULES_VERSION = "2";

    private static final int CANONICAL = SmiFlavor.Absolute | SmiFlavor.UseAromaticSymbols | SmiFlavor.CxEnhancedStereo;

    private final ThreadLocal<Toolkit> toolkits = ThreadLocal.withInitial(Toolkit::new);

    /** CDK objects that are not thread-safe, one set per thread. */
    private static final class Toolkit {
        final SmilesParser parser = new SmilesParser(SilentChemObjectBuilder.getInstance());
        final SmilesGenerator canonical = new SmilesGenerator(CANONICAL);
        final Aromaticity aromaticity = new Aromaticity(ElectronDonation.daylight(), Cycles.or(Cycles.all(), Cycles.relevant()));
        final IMolecularDescriptor xlogp = new XLogPDescriptor();
        final IMolecularDescriptor tpsa = new TPSADescriptor();
        final IMolecularDescriptor rotatable = new RotatableBondsCountDescriptor();
    }

    /** One disconnected part of the input and what the salt dictionary says about it. */
    private static final class Fragment {
        final IAtomContainer mol;
        final int heavyAtoms;
        final boolean organic;
        SaltDictionary.Entry entry;
        String key;

        Fragment(IAtomContainer mol) {
            this.mol = mol;
            int heavy = 0;
            boolean carbon = false;
            for (IAtom atom : mol.atoms()) {
                if (atom.getAtomicNumber() != null && atom.getAtomicNumber() > 1) {
                    heavy++;
                }
                carbon |= "C".equals(atom.getSymbol());
            }
            this.heavyAtoms = heavy;
            this.organic = carbon;
        }
    }

    public CompoundAnalyzer() {
    }

    /**
     * Validates and standardises one structure (SMILES or CXSMILES).
     *
     * @throws InvalidStructureException with a specific reason when the text is not a registrable structure
     */
    public AnalyzedCompound analyze(String structureText) {
        String smiles = SmilesScreen.check(structureText);
        Toolkit kit = toolkits.get();
        try {
            IAtomContainer mol = parse(kit, structureText.strip(), structureText);
            ValenceRules.check(mol, structureText);
            if (hasExplicitHydrogen(mol)) {
                mol = AtomContainerManipulator.suppressHydrogens(mol);
            }
            kit.aromaticity.apply(mol);
            return standardise(kit, mol, smiles.indexOf('.') >= 0, structureText);
        } catch (InvalidStructureException e) {
            throw e;
        } catch (CDKException | RuntimeException e) {
            throw new InvalidStructureException(Kind.UNSUPPORTED,
                    "structure could not be processed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
                    structureText, e);
        } catch (StackOverflowError e) {
            // CDK's graph algorithms recurse once per atom along a path: this row is refused, the caller's thread lives on
            throw new InvalidStructureException(Kind.TOO_LARGE, "structure is too deeply nested to process", structureText, e);
        }
    }

    private static IAtomContainer parse(Toolkit kit, String text, String input) {
        try {
            return kit.parser.parseSmiles(text);
        } catch (InvalidSmilesException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.toLowerCase().contains("kekul")) {
                throw new InvalidStructureException(Kind.KEKULE, kekuleReason(text), input, e);
            }
            throw new InvalidStructureException(Kind.SYNTAX, "SMILES syntax error: " + firstLine(message), input, e);
        }
    }

    private static String kekuleReason(String text) {
        // a lowercase n outside brackets is pyridine-like; pyrrole-like nitrogens must be written [nH]
        boolean bareAromaticN = text.replaceAll("\\[[^]]*]", "").indexOf('n') >= 0;
        return "aromatic system has no Kekulé form"
                + (bareAromaticN ? ": an aromatic nitrogen that carries a hydrogen must be written [nH]" : "");
    }

    private AnalyzedCompound standardise(Toolkit kit, IAtomContainer mol, boolean dotted, String input) throws CDKException {
        boolean charged = hasCharge(mol);
        // generate the salt form before neutralisation changes shared atoms
        String saltForm = dotted || charged ? kit.canonical.create(mol) : null;

        List<Fragment> fragments = new ArrayList<>();
        if (dotted && !ConnectivityChecker.isConnected(mol)) {
            for (IAtomContainer part : ConnectivityChecker.partitionIntoMolecules(mol).atomContainers()) {
                fragments.add(new Fragment(part));
            }
        } else {
            fragments.add(new Fragment(mol));
        }
        if (fragments.stream().noneMatch(f -> f.organic)) {
            throw new InvalidStructureException(Kind.NO_ORGANIC_FRAGMENT, "no organic fragment (no carbon in any part of the structure)", input);
        }
        for (Fragment f : fragments) {
            Neutralisation.apply(f.mol);
            if (fragments.size() > 1 && f.heavyAtoms <= SaltDictionary.MAX_HEAVY_ATOMS) {
                f.key = SaltDictionary.key(f.mol);
                f.entry = SaltDictionary.find(f.key);
            }
        }

        List<Fragment> kept = new ArrayList<>(fragments.stream().filter(f -> f.entry == null).toList());
        if (kept.stream().noneMatch(f -> f.organic)) {
            // never strip everything: the largest organic fragment is the parent (sodium acetate -> acetic acid)
            Fragment largest = fragments.stream().filter(f -> f.organic)
                    .reduce((a, b) -> b.heavyAtoms > a.heavyAtoms ? b : a).orElseThrow();
            for (Fragment f : fragments) {
                if (f.entry != null && f.key.equals(largest.key)) {
                    f.entry = null;
                    kept.add(f);
                }
            }
        }

        // group identical organic fragments (2:1 salts); different ones go to review together
        Map<String, List<Fragment>> organicGroups = new LinkedHashMap<>();
        List<IAtomContainer> parentParts = new ArrayList<>();
        for (Fragment f : kept) {
            if (!f.organic) {
                parentParts.add(f.mol);
                continue;
            }
            String key = f.key != null ? f.key : kept.size() > 1 ? SaltDictionary.key(f.mol) : "";
            List<Fragment> group = organicGroups.computeIfAbsent(key, k -> new ArrayList<>());
            if (group.isEmpty()) {
                parentParts.add(0, f.mol);
            }
            group.add(f);
        }
        String reviewReason = organicGroups.size() < 2 ? null
                : organicGroups.size() + " organic fragments are not in the salt dictionary: "
                + String.join(", ", organicGroups.keySet());
        int parentCopies = organicGroups.size() == 1 ? organicGroups.values().iterator().next().size() : 1;

        IAtomContainer parent = parentParts.get(0);
        if (parentParts.size() > 1) {
            parent = SilentChemObjectBuilder.getInstance().newAtomContainer();
            for (IAtomContainer part : parentParts) {
                parent.add(part);
            }
        }

        String parentSmiles = kit.canonical.create(parent);
        String description = describe(parentCopies, fragments.stream().filter(f -> f.entry != null).toList());
        Identity identity = InchiLayers.of(parent, input);
        if (reviewReason == null && identity.stereo() == Identity.StereoKind.MIXED) {
            reviewReason = "enhanced stereo with several groups, or groups beside absolute centres: InChI cannot tell this "
                    + "stereoisomer from others, so its identity needs a chemist";
        }
        Properties properties = properties(kit, parent);
        return new AnalyzedCompound(input, parentSmiles, saltForm == null ? parentSmiles : saltForm, description,
                identity, properties, reviewReason);
    }

    private static String describe(int parentCopies, List<Fragment> stripped) {
        if (stripped.isEmpty()) {
            return parentCopies == 1 ? null : "parent × " + parentCopies;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> cationNames = new LinkedHashMap<>();
        for (Fragment f : stripped) {
            counts.merge(f.entry.label(), 1, Integer::sum);
            if (f.entry.cation() != null) {
                cationNames.put(f.entry.label(), f.entry.cation());
            }
        }
        StringBuilder ratio = new StringBuilder().append(parentCopies);
        counts.values().forEach(n -> ratio.append(':').append(n));
        if (counts.size() == 1 && cationNames.size() == 1) {
            return cationNames.values().iterator().next() + " salt (" + ratio + ")";
        }
        return "parent · " + String.join(" · ", counts.keySet()) + " (" + ratio + ")";
    }

    private static Properties properties(Toolkit kit, IAtomContainer parent) {
        int hbd = 0;
        int hba = 0;
        for (IAtom atom : parent.atoms()) {
            if ("N".equals(atom.getSymbol()) || "O".equals(atom.getSymbol())) {
                hba++;
                hbd += atom.getImplicitHydrogenCount() == null ? 0 : atom.getImplicitHydrogenCount();
            }
        }
        return new Properties(
                formula(parent),
                AtomContainerManipulator.getMass(parent, MolecularFormulaManipulator.MolWeight),
                AtomContainerManipulator.getMass(parent, MolecularFormulaManipulator.MonoIsotopic),
                doubleOf(kit.xlogp.calculate(parent)),
                doubleOf(kit.tpsa.calculate(parent)),
                hbd, hba,
                kit.rotatable.calculate(parent).getValue() instanceof IntegerResult r ? r.intValue() : 0);
    }

    private static double doubleOf(DescriptorValue value) {
        return value.getException() == null && value.getValue() instanceof DoubleResult d ? d.doubleValue() : Double.NaN;
    }

    /** Hill formula that shows isotopes (C2HD3O2) because CDK's default string hides them. */
    static String formula(IAtomContainer mol) {
        record Nuclide(String symbol, int mass) {
        }
        Map<Nuclide, Integer> counts = new LinkedHashMap<>();
        int charge = 0;
        for (IAtom atom : mol.atoms()) {
            charge += atom.getFormalCharge() == null ? 0 : atom.getFormalCharge();
            counts.merge(new Nuclide(atom.getSymbol(), atom.getMassNumber() == null ? 0 : atom.getMassNumber()), 1, Integer::sum);
            int h = atom.getImplicitHydrogenCount() == null ? 0 : atom.getImplicitHydrogenCount();
            if (h > 0) {
                counts.merge(new Nuclide("H", 0), h, Integer::sum);
            }
        }
        boolean carbon = counts.keySet().stream().anyMatch(n -> n.symbol().equals("C"));
        // Hill order: C, H, then alphabetical; without carbon all alphabetical. Isotopes follow their element.
        Comparator<Nuclide> hill = Comparator.comparingInt((Nuclide n) -> !carbon ? 2 : n.symbol().equals("C") ? 0 : n.symbol().equals("H") ? 1 : 2)
                .thenComparing(Nuclide::symbol)
                .thenComparingInt(Nuclide::mass);
        StringBuilder out = new StringBuilder();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey(hill)).forEach(e -> {
            Nuclide n = e.getKey();
            out.append(n.mass() == 0 ? n.symbol()
                    : n.symbol().equals("H") && n.mass() == 2 ? "D"
                    : n.symbol().equals("H") && n.mass() == 3 ? "T"
                    : "[" + n.mass() + n.symbol() + "]");
            if (e.getValue() > 1) {
                out.append(e.getValue());
            }
        });
        if (charge != 0) {
            out.append(Math.abs(charge) > 1 ? String.valueOf(Math.abs(charge)) : "").append(charge > 0 ? '+' : '-');
        }
        return out.toString();
    }

    private static boolean hasExplicitHydrogen(IAtomContainer mol) {
        for (IAtom atom : mol.atoms()) {
            if (atom.getAtomicNumber() != null && atom.getAtomicNumber() == 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCharge(IAtomContainer mol) {
        for (IAtom atom : mol.atoms()) {
            if (atom.getFormalCharge() != null && atom.getFormalCharge() != 0) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
