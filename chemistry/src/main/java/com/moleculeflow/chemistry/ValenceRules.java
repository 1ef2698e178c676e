package com.moleculeflow.chemistry;

import com.moleculeflow.chemistry.InvalidStructureException.Kind;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

import java.util.Map;

/**
 * Maximum valence per main-group element and charge. CDK parses pentavalent carbon without complaint,
 * so every non-metal atom is checked here: valence = bond orders + hydrogens, which must not exceed
 * the maximum for the element's valence electrons minus its charge (N+ behaves like C, O- like F).
 * Second-row atoms follow the octet; heavier ones may expand it (P 5, S 6, Cl/Br/I 7).
 * Metals are not checked: their coordination in SMILES is too varied for a table.
 */
final class ValenceRules {

    /** Valence electrons and period of the checked non-metals. */
    private record Shell(int electrons, int period) {
    }

    private static final Map<String, Shell> NON_METALS = Map.ofEntries(
            Map.entry("H", new Shell(1, 1)),
            Map.entry("B", new Shell(3, 2)), Map.entry("C", new Shell(4, 2)), Map.entry("N", new Shell(5, 2)),
            Map.entry("O", new Shell(6, 2)), Map.entry("F", new Shell(7, 2)),
            Map.entry("Si", new Shell(4, 3)), Map.entry("P", new Shell(5, 3)), Map.entry("S", new Shell(6, 3)),
            Map.entry("Cl", new Shell(7, 3)),
            Map.entry("Ge", new Shell(4, 4)), Map.entry("As", new Shell(5, 4)), Map.entry("Se", new Shell(6, 4)),
            Map.entry("Br", new Shell(7, 4)),
            Map.entry("Te", new Shell(6, 5)), Map.entry("I", new Shell(7, 5)));

    private ValenceRules() {
    }

    static void check(IAtomContainer mol, String input) {
        for (IAtom atom : mol.atoms()) {
            Shell shell = NON_METALS.get(atom.getSymbol());
            if (shell == null) {
                continue;
            }
            int charge = atom.getFormalCharge() == null ? 0 : atom.getFormalCharge();
            int max = maxValence(shell, charge);
            int valence = valence(mol, atom);
            if (valence > max) {
                String chargeText = charge == 0 ? ""
                        : " for " + atom.getSymbol() + (charge > 0 ? "+" : "-") + (Math.abs(charge) > 1 ? Math.abs(charge) : "");
                throw new InvalidStructureException(Kind.VALENCE,
                        "impossible valence on atom " + atom.getSymbol() + (atom.getIndex() + 1)
                                + " (" + valence + " bonds, max " + max + chargeText + ")", input);
            }
        }
    }

    static int valence(IAtomContainer mol, IAtom atom) {
        int valence = atom.getImplicitHydrogenCount() == null ? 0 : atom.getImplicitHydrogenCount();
        for (IBond bond : mol.getConnectedBondsList(atom)) {
            // bonds to metals are often drawn as dative or eta bonds (ferrocene): not counted
            if (!NON_METALS.containsKey(bond.getOther(atom).getSymbol())) {
                continue;
            }
            valence += bond.getOrder() == null || bond.getOrder() == IBond.Order.UNSET ? 1 : bond.getOrder().numeric();
        }
        return valence;
    }

    private static int maxValence(Shell shell, int charge) {
        int electrons = shell.electrons() - charge;
        if (electrons < 0 || electrons >= 8) {
            return 0;
        }
        if (shell.period() == 1) {
            return electrons == 1 ? 1 : 0;
        }
        if (electrons <= 4) {
            return electrons;
        }
        // period 2 obeys the octet; heavier atoms may use all valence electrons (PCl5, SF6, IF7)
        return shell.period() == 2 ? 8 - electrons : electrons;
    }
}
