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
 */
public record Identity(String exactKey, String inchi, String inchiKey, String stereoInsensitiveKey) {
}
