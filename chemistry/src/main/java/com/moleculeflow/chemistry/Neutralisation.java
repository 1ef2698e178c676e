package com.moleculeflow.chemistry;

import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Neutralises a parent by moving protons, never by changing connectivity: a protonated N, O, S or P
 * loses H ({@code [NH3+]} to {@code N}); a deprotonated O, S, N or halide gains H ({@code [O-]} to
 * {@code O}). Charges that cannot be removed this way stay: quaternary ammonium, charge-separated
 * groups such as nitro and N-oxides (a charged atom with an oppositely charged neighbour), and as
 * many anions as there are such fixed cations, so a betaine stays a net-neutral zwitterion.
 */
final class Neutralisation {

    private static final Set<String> PROTONATABLE_CATIONS = Set.of("N", "O", "S", "P");
    private static final Set<String> PROTONATABLE_ANIONS = Set.of("O", "S", "N", "Se", "F", "Cl", "Br", "I");

    private Neutralisation() {
    }

    /** Changes {@code mol} in place; returns whether any charge changed. */
    static boolean apply(IAtomContainer mol) {
        boolean changed = false;
        int fixedPositive = 0;
        for (IAtom atom : mol.atoms()) {
            int q = charge(atom);
            if (q <= 0 || hasNeighbourCharged(mol, atom, -1)) {
                continue;
            }
            int h = hydrogens(atom);
            if (q == 1 && h > 0 && PROTONATABLE_CATIONS.contains(atom.getSymbol())) {
                atom.setImplicitHydrogenCount(h - 1);
                atom.setFormalCharge(0);
                changed = true;
            } else {
                fixedPositive += q;
            }
        }
        List<IAtom> anions = new ArrayList<>();
        for (IAtom atom : mol.atoms()) {
            if (charge(atom) == -1 && PROTONATABLE_ANIONS.contains(atom.getSymbol()) && !hasNeighbourCharged(mol, atom, +1)) {
                anions.add(atom);
            }
        }
        // leave one anion per fixed cation (e.g. quaternary N) so the parent stays net neutral
        for (int i = fixedPositive; i < anions.size(); i++) {
            IAtom atom = anions.get(i);
            atom.setImplicitHydrogenCount(hydrogens(atom) + 1);
            atom.setFormalCharge(0);
            changed = true;
        }
        return changed;
    }

    private static boolean hasNeighbourCharged(IAtomContainer mol, IAtom atom, int sign) {
        for (IAtom nbr : mol.getConnectedAtomsList(atom)) {
            if (Integer.signum(charge(nbr)) == sign) {
                return true;
            }
        }
        return false;
    }

    private static int charge(IAtom atom) {
        return atom.getFormalCharge() == null ? 0 : atom.getFormalCharge();
    }

    private static int hydrogens(IAtom atom) {
        return atom.getImplicitHydrogenCount() == null ? 0 : atom.getImplicitHydrogenCount();
    }
}
