package com.moleculeflow.chemistry;

/**
 * One structure after validation and standardisation.
 *
 * @param input           the text as given
 * @param parentSmiles    canonical SMILES of the parent (salts stripped, neutralised), stereo and isotopes kept
 * @param saltFormSmiles  canonical SMILES of the whole structure as given (charge-balanced, nothing stripped)
 * @param saltDescription parent and counter-ions with stoichiometry, e.g. {@code parent · HCl (1:1)} or
 *                        {@code sodium salt (1:1)}; {@code null} when the input is the parent alone
 * @param identity        identity layers of the parent
 * @param properties      properties of the parent
 * @param reviewReason    why a person must look at this row (two or more organic fragments not in the salt
 *                        dictionary: the parent then holds all of them); {@code null} normally
 */
public record AnalyzedCompound(String input, String parentSmiles, String saltFormSmiles, String saltDescription,
                               Identity identity, Properties properties, String reviewReason) {

    public boolean needsReview() {
        return reviewReason != null;
    }
}
