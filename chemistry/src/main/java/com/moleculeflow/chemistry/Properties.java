package com.moleculeflow.chemistry;

/**
 * Calculated properties of a parent.
 *
 * @param formula        Hill formula showing isotopes as given (D and T for 2H and 3H, [13C] style otherwise)
 *                       and a net charge if the parent keeps one: {@code C2HD3O2}, {@code C4H12N+}
 * @param averageMw      average molecular weight ("MW"), isotopes as given, g/mol
 * @param exactMass      monoisotopic mass, Da
 * @param logP           XLogP (CDK {@code XLogPDescriptor})
 * @param tpsa           topological polar surface area (Ertl; N and O only), Å²
 * @param hbd            Lipinski hydrogen-bond donors: hydrogens on N and O
 * @param hba            Lipinski hydrogen-bond acceptors: N and O atoms
 * @param rotatableBonds non-terminal, non-ring single bonds between heavy atoms (CDK {@code RotatableBondsCountDescriptor})
 */
public record Properties(String formula, double averageMw, double exactMass, double logP, double tpsa,
                         int hbd, int hba, int rotatableBonds) {
}
