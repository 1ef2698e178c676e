package com.moleculeflow.chemistry;

import com.moleculeflow.chemistry.InvalidStructureException.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CompoundAnalyzerTest {

    private final CompoundAnalyzer analyzer = new CompoundAnalyzer();

    private InvalidStructureException rejection(String input) {
        try {
            analyzer.analyze(input);
        } catch (InvalidStructureException e) {
            return e;
        }
        throw new AssertionError("accepted: " + input);
    }

    @ParameterizedTest
    @ValueSource(strings = {"c1cccn1", "c1cncn1", "c1cccc2nccc12"})
    @DisplayName("E1: aromatic nitrogen without [nH] has no Kekulé form and is rejected")
    void e1AromaticNitrogenNeedsExplicitHydrogen(String smiles) {
        InvalidStructureException e = rejection(smiles);
        assertThat(e.kind()).isEqualTo(Kind.KEKULE);
        assertThat(e.getMessage()).isEqualTo("aromatic system has no Kekulé form: an aromatic nitrogen that carries a hydrogen must be written [nH] in \"" + smiles + "\"");
    }

    @Test
    @DisplayName("E1: pyrrole written with [nH] is valid")
    void e1PyrroleWithNhIsValid() {
        assertThat(analyzer.analyze("c1cc[nH]c1").parentSmiles()).isEqualTo("c1cc[nH]c1");
    }

    @Test
    @DisplayName("E2: %10 is a two-digit ring closure")
    void e2TwoDigitRingClosureIsCyclohexane() {
        assertThat(analyzer.analyze("C%10CCCCC%10").parentSmiles()).isEqualTo("C1CCCCC1");
    }

    @Test
    @DisplayName("E2: % followed by one digit is a syntax error")
    void e2PercentWithOneDigitIsRejected() {
        assertThat(rejection("C%1CCCCC%1").getMessage())
                .isEqualTo("SMILES syntax error: '%' ring closure at position 2 must be followed by exactly two digits in \"C%1CCCCC%1\"");
    }

    @Test
    @DisplayName("E3: ammonium tetrafluoroborate gives the neutral amine and keeps the salt form whole")
    void e3TetrafluoroborateStrippedAndAmineNeutralised() {
        AnalyzedCompound c = analyzer.analyze("F[B-](F)(F)F.[NH3+]CCC");
        assertThat(c.parentSmiles()).isEqualTo("CCCN");
        assertThat(c.saltFormSmiles()).isEqualTo("CCC[NH3+].[B-](F)(F)(F)F");
        assertThat(c.saltDescription()).isEqualTo("parent · HBF4 (1:1)");
    }

    @Test
    @DisplayName("E4: no organic fragment is rejected")
    void e4SodiumChlorideIsRejected() {
        InvalidStructureException e = rejection("[Na+].[Cl-]");
        assertThat(e.kind()).isEqualTo(Kind.NO_ORGANIC_FRAGMENT);
        assertThat(e.reason()).isEqualTo("no organic fragment (no carbon in any part of the structure)");
    }

    @Test
    @DisplayName("E5: stripping never removes the last organic fragment")
    void e5SodiumAcetateGivesAceticAcid() {
        AnalyzedCompound c = analyzer.analyze("CC(=O)[O-].[Na+]");
        assertThat(c.parentSmiles()).isEqualTo("CC(=O)O");
        assertThat(c.saltFormSmiles()).isEqualTo("CC(=O)[O-].[Na+]");
        assertThat(c.saltDescription()).isEqualTo("sodium salt (1:1)");
    }

    @Test
    @DisplayName("E6: two organic fragments outside the dictionary go to review, never cut to the largest")
    void e6UnknownSecondOrganicFragmentGoesToReview() {
        AnalyzedCompound c = analyzer.analyze("Cc1ccc(-c2nc3ccc(C)cn3c2CC(=O)N(C)C)cc1.O=C(O)C(O)(O)C(O)(O)C(=O)O");
        assertThat(c.reviewReason()).startsWith("2 organic fragments are not in the salt dictionary: ");
        assertThat(c.parentSmiles()).contains(".");
        assertThat(c.properties().formula()).isEqualTo("C23H27N3O9");
    }

    @Test
    @DisplayName("E7: a zwitterion is stored as the neutral parent with its stereo")
    void e7ZwitterionNeutralisedKeepingStereo() {
        AnalyzedCompound neutral = analyzer.analyze("C[C@@H](N)C(=O)O");
        AnalyzedCompound zwitterion = analyzer.analyze("C[C@@H]([NH3+])C(=O)[O-]");
        assertThat(zwitterion.parentSmiles()).isEqualTo("C[C@H](C(=O)O)N").isEqualTo(neutral.parentSmiles());
        assertThat(zwitterion.identity().exactKey()).isEqualTo(neutral.identity().exactKey());
        assertThat(zwitterion.saltDescription()).isNull();
    }

    @Test
    @DisplayName("E7: hydrochloride salt of an amino acid keeps stereo in the parent")
    void e7HydrochlorideKeepsStereo() {
        AnalyzedCompound c = analyzer.analyze("C[C@@H]([NH3+])C(=O)O.[Cl-]");
        assertThat(c.parentSmiles()).isEqualTo("C[C@H](C(=O)O)N");
        assertThat(c.saltDescription()).isEqualTo("parent · HCl (1:1)");
    }

    @Test
    @DisplayName("E8: enantiomers differ in exact and standard keys and meet in the stereo-insensitive key")
    void e8EnantiomersMeetOnlyWithoutStereo() {
        Identity d = analyzer.analyze("C[C@@H](N)C(=O)O").identity();
        Identity l = analyzer.analyze("C[C@H](N)C(=O)O").identity();
        assertThat(l.inchiKey()).isEqualTo("QNAYBMKLOCPYGJ-REOHCLBHSA-N");
        assertThat(d.inchiKey()).isNotEqualTo(l.inchiKey());
        assertThat(d.exactKey()).isNotEqualTo(l.exactKey());
        assertThat(d.stereoInsensitiveKey()).isEqualTo(l.stereoInsensitiveKey()).isEqualTo("QNAYBMKLOCPYGJ-UHFFFAOYSA-N");
    }

    @Test
    @DisplayName("E9: tautomers differ in the exact key and share the standard InChIKey")
    void e9TautomersShareOnlyTheStandardKey() {
        Identity hydroxy = analyzer.analyze("Oc1ccccn1").identity();
        Identity pyridone = analyzer.analyze("O=c1cccc[nH]1").identity();
        assertThat(hydroxy.exactKey()).isNotEqualTo(pyridone.exactKey());
        assertThat(hydroxy.inchiKey()).isEqualTo(pyridone.inchiKey()).isEqualTo("UBQKCCHYAOITMY-UHFFFAOYSA-N");
    }

    @Test
    @DisplayName("E10: deuterated acetic acid shows isotopes in formula, MW and keys")
    void e10IsotopesAreKept() {
        AnalyzedCompound labelled = analyzer.analyze("[2H]C([2H])([2H])C(=O)O");
        AnalyzedCompound plain = analyzer.analyze("CC(=O)O");
        assertThat(labelled.properties().formula()).isEqualTo("C2HD3O2");
        assertThat(labelled.properties().averageMw()).isCloseTo(63.07, within(0.005));
        assertThat(plain.properties().averageMw()).isCloseTo(60.05, within(0.005));
        assertThat(labelled.identity().exactKey()).isNotEqualTo(plain.identity().exactKey());
        assertThat(labelled.identity().stereoInsensitiveKey()).isNotEqualTo(plain.identity().stereoInsensitiveKey());
    }

    @Test
    @DisplayName("E11: ethanol average MW 46.07 and monoisotopic mass 46.0419")
    void e11EthanolMasses() {
        Properties p = analyzer.analyze("CCO").properties();
        assertThat(p.averageMw()).isCloseTo(46.07, within(0.005));
        assertThat(p.exactMass()).isCloseTo(46.0419, within(0.00005));
        assertThat(p.formula()).isEqualTo("C2H6O");
    }

    @Test
    @DisplayName("paracetamol properties agree with RDKit (TPSA, Lipinski donors and acceptors)")
    void paracetamolProperties() {
        Properties p = analyzer.analyze("CC(=O)Nc1ccc(O)cc1").properties();
        assertThat(p.tpsa()).isCloseTo(49.33, within(0.01));
        assertThat(p.hbd()).isEqualTo(2);
        assertThat(p.hba()).isEqualTo(3);
        assertThat(p.exactMass()).isCloseTo(151.0633, within(0.0001));
        assertThat(p.logP()).isBetween(0.0, 2.0);
    }

    @Test
    @DisplayName("E16: pentavalent carbon is rejected naming the atom")
    void e16PentavalentCarbon() {
        assertThat(rejection("C(C)(C)(C)(C)C").getMessage())
                .isEqualTo("impossible valence on atom C1 (5 bonds, max 4) in \"C(C)(C)(C)(C)C\"");
    }

    @Test
    @DisplayName("E16: hexavalent ammonium nitrogen is rejected naming the atom")
    void e16HexavalentAmmonium() {
        assertThat(rejection("C[N+](C)(C)(C)(C)C").reason()).isEqualTo("impossible valence on atom N2 (6 bonds, max 4 for N+)");
    }

    @Test
    @DisplayName("E17: unknown element symbol in brackets")
    void e17UnknownElement() {
        InvalidStructureException e = rejection("CC[Xx]C");
        assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_ELEMENT);
        assertThat(e.getMessage()).isEqualTo("unknown element symbol Xx in \"CC[Xx]C\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TBD", "n/a", "#VALUE!", "see attached", "None", "NA"})
    @DisplayName("E18: words in the structure column are not structures")
    void e18WordsAreNotStructures(String word) {
        InvalidStructureException e = rejection(word);
        assertThat(e.kind()).isEqualTo(Kind.NOT_A_STRUCTURE);
        assertThat(e.reason()).startsWith("not a structure (");
    }

    @Test
    @DisplayName("E18: the reason says where the text stops being SMILES")
    void e18ReasonNamesTheCharacter() {
        assertThat(rejection("TBD").getMessage()).isEqualTo("not a structure (unexpected 'T' at position 1) in \"TBD\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    @DisplayName("E19: empty structure field")
    void e19EmptyIsNoStructure(String blank) {
        assertThat(rejection(blank).reason()).isEqualTo("no structure given");
    }

    @Test
    @DisplayName("E19: null is no structure")
    void e19NullIsNoStructure() {
        assertThat(rejection(null).reason()).isEqualTo("no structure given");
    }

    @Test
    void elementOutsideBracketsIsNamed() {
        assertThat(rejection("CC(=O)ONa").reason()).isEqualTo("SMILES syntax error: element Na at position 8 must be written in brackets ([Na])");
    }

    @Test
    void unbalancedParenthesesAreSyntaxErrors() {
        assertThat(rejection("CC(C").reason()).isEqualTo("SMILES syntax error: unbalanced parentheses (1 branch(es) not closed)");
    }

    @Test
    void cdkParserErrorsAreWrappedQuotingTheInput() {
        InvalidStructureException e = rejection("C1CC");
        assertThat(e.kind()).isEqualTo(Kind.SYNTAX);
        assertThat(e.getMessage()).startsWith("SMILES syntax error: ").endsWith(" in \"C1CC\"");
    }

    @Test
    void quaternaryAmmoniumBetaineStaysZwitterionic() {
        assertThat(analyzer.analyze("C[N+](C)(C)CC(=O)[O-]").parentSmiles()).isEqualTo("C[N+](C)(C)CC(=O)[O-]");
    }

    @Test
    void nitroGroupIsNotNeutralised() {
        assertThat(analyzer.analyze("[O-][N+](=O)c1ccccc1").parentSmiles()).isEqualTo("c1ccc(cc1)[N+](=O)[O-]");
    }

    @Test
    void twoToOneSulfateCountsParentCopies() {
        AnalyzedCompound c = analyzer.analyze("CCN.CCN.OS(=O)(=O)O");
        assertThat(c.parentSmiles()).isEqualTo("CCN");
        assertThat(c.saltDescription()).isEqualTo("parent · H2SO4 (2:1)");
        assertThat(c.reviewReason()).isNull();
    }

    @Test
    void hydrateAndHydrochlorideAreBothDescribed() {
        assertThat(analyzer.analyze("Cl.O.CCN").saltDescription()).isEqualTo("parent · HCl · H2O (1:1:1)");
    }

    @Test
    void cxsmilesEnhancedStereoIsKeptInTheParent() {
        assertThat(analyzer.analyze("C[C@@H]1CC[C@@H](O1)C(=O)N2CCC=C(F)C2 |&1:1,4|").parentSmiles()).endsWith("|r|");
    }

    @Test
    void aRacemateIsOneCompoundWhicheverEnantiomerItIsDrawnAsAndNotEitherEnantiomer() {
        Identity racemateDrawnAsRR = analyzer.analyze("C[C@@H]1CC[C@@H](O1)C(=O)N2CCC=C(F)C2 |&1:1,4|").identity();
        Identity racemateDrawnAsSS = analyzer.analyze("C[C@H]1CC[C@H](O1)C(=O)N2CCC=C(F)C2 |&1:1,4|").identity();
        Identity enantiomer = analyzer.analyze("C[C@@H]1CC[C@@H](O1)C(=O)N2CCC=C(F)C2").identity();

        assertThat(racemateDrawnAsRR.exactKey()).isEqualTo(racemateDrawnAsSS.exactKey()).isNotEqualTo(enantiomer.exactKey());
        assertThat(racemateDrawnAsRR.inchiKey()).isEqualTo(enantiomer.inchiKey()); // the standard InChI has no racemic layer
        assertThat(racemateDrawnAsRR.stereo()).isEqualTo(Identity.StereoKind.RACEMIC);
        assertThat(enantiomer.stereo()).isEqualTo(Identity.StereoKind.ABSOLUTE);
    }

    @Test
    void aRelativeConfigurationDiffersFromTheRacemateAndFromTheEnantiomer() {
        Identity relativeIdentity = analyzer.analyze("C[C@@H]1CC[C@@H](O1)C(=O)N2CCC=C(F)C2 |o1:1,4|").identity();
        String relative = relativeIdentity.exactKey();

        assertThat(relativeIdentity.stereo()).isEqualTo(Identity.StereoKind.RELATIVE);
        assertThat(relative).isNotEqualTo(analyzer.analyze("C[C@@H]1CC[C@@H](O1)C(=O)N2CCC=C(F)C2 |&1:1,4|").identity().exactKey())
                .isNotEqualTo(analyzer.analyze("C[C@@H]1CC[C@@H](O1)C(=O)N2CCC=C(F)C2").identity().exactKey());
    }

    @Test
    void enhancedStereoThatInchiCannotExpressGoesToReview() {
        assertThat(analyzer.analyze("C[C@@H]1CC[C@@H](O1)C(=O)N2CCC=C(F)C2 |&1:1|").reviewReason())
                .startsWith("enhanced stereo with several groups, or groups beside absolute centres");
    }

    @Test
    void structureOverTheInchiAtomLimitIsRejectedAsTooLarge() {
        InvalidStructureException rejected = rejection("C".repeat(5000) + "O");

        assertThat(rejected.kind()).isEqualTo(Kind.TOO_LARGE);
        assertThat(rejected.reason()).isEqualTo("structure has 5001 atoms; at most 1024 can be registered (the InChI limit)");
    }

    @Test
    void oneInstanceGivesTheSameAnswersOnManyThreads() {
        List<String> inputs = List.of("CCO", "C[C@@H]([NH3+])C(=O)[O-]", "F[B-](F)(F)F.[NH3+]CCC", "O=c1cccc[nH]1", "CC(=O)Nc1ccc(O)cc1");
        List<String> serial = inputs.stream().map(s -> analyzer.analyze(s).identity().exactKey()).toList();
        List<String> parallel = IntStream.range(0, 200).parallel()
                .mapToObj(i -> analyzer.analyze(inputs.get(i % inputs.size())).identity().exactKey()).toList();
        assertThat(parallel).isEqualTo(IntStream.range(0, 200).mapToObj(i -> serial.get(i % inputs.size())).toList());
    }

    @Test
    void rulesVersionIsTwoSinceRacematesGotTheirOwnExactKey() {
        assertThat(CompoundAnalyzer.RULES_VERSION).isEqualTo("2");
    }
}
