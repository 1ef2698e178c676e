package com.moleculeflow.chemistry;

/**
 * The three identity layers of a parent (standardisation rules {@value CompoundAnalyzer#RULES_VERSION}).
 *
 * @param exactKey             InChIKey of the non-standard InChI with the FixedH layer: stereo, isotopes and
 *                             fixed tautomer; two rows are the same compound only when this matches
 *                             (2-pyridone and 2-hydroxypyridine differ here); with CXSMILES enhanced stereo
 *                             over the whole molecule the InChI is computed as racemic ({@code SRac}) or relative
 *                             ({@code SRel}), so a racemate differs from the enantiomer it is drawn as
 * @param inchi                standard InChI (mobile H)
 * @param inchiKey             standard InChIKey: the tautomer-insensitive layer
 * @param stereoInsensitiveKey InChIKey of the standard InChI without its stereo layers (/b /t /m /s),
 *                             isotopes kept: enantiomers and E/Z isomers meet here
 * @param stereo               how CXSMILES enhanced stereo qualifies the drawn stereocentres: a racemate and the
 *                             enantiomer it is drawn as share the standard InChIKey, so a match on that key is a
 *                             tautomer only between parents of the same kind
 */
public record Identity(String exactKey, String inchi, String inchiKey, String stereoInsensitiveKey, StereoKind stereo) {

    /**
     * Enhanced stereo over the whole molecule, the only way InChI can express it: every stereocentre in one AND group
     * (racemic, InChI {@code /s3}), every one in one OR group (relative, {@code /s2}), none (absolute, as drawn), or
     * something InChI cannot tell from other stereoisomers (several groups, or groups beside absolute centres).
     */
    public enum StereoKind {
        ABSOLUTE, RACEMIC, RELATIVE, MIXED
    }
}
