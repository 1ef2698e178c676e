package com.moleculeflow.chemistry;

import com.moleculeflow.chemistry.InvalidStructureException.Kind;

import java.util.Set;

/**
 * Lexical checks CDK's lenient SMILES parser does not make: empty input, words that are not SMILES,
 * unknown element symbols in brackets, {@code %} ring closures without two digits, unbalanced
 * parentheses and brackets. Runs before parsing, so nonsense never becomes a molecule.
 */
final class SmilesScreen {

    static final Set<String> ELEMENTS = Set.of(
            "H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne", "Na", "Mg", "Al", "Si", "P", "S", "Cl", "Ar",
            "K", "Ca", "Sc", "Ti", "V", "Cr", "Mn", "Fe", "Co", "Ni", "Cu", "Zn", "Ga", "Ge", "As", "Se", "Br",
            "Kr", "Rb", "Sr", "Y", "Zr", "Nb", "Mo", "Tc", "Ru", "Rh", "Pd", "Ag", "Cd", "In", "Sn", "Sb", "Te",
            "I", "Xe", "Cs", "Ba", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm",
            "Yb", "Lu", "Hf", "Ta", "W", "Re", "Os", "Ir", "Pt", "Au", "Hg", "Tl", "Pb", "Bi", "Po", "At", "Rn",
            "Fr", "Ra", "Ac", "Th", "Pa", "U", "Np", "Pu", "Am", "Cm", "Bk", "Cf", "Es", "Fm", "Md", "No", "Lr",
            "Rf", "Db", "Sg", "Bh", "Hs", "Mt", "Ds", "Rg", "Cn", "Nh", "Fl", "Mc", "Lv", "Ts", "Og");

    /** Aromatic symbols OpenSMILES allows inside brackets. */
    private static final Set<String> AROMATIC_IN_BRACKETS = Set.of("b", "c", "n", "o", "p", "s", "se", "as", "te");

    private SmilesScreen() {
    }

    /**
     * Returns the SMILES part of the text (without a CXSMILES {@code |...|} extension) or throws.
     */
    static String check(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidStructureException(Kind.NO_STRUCTURE, "no structure given", input);
        }
        String text = input.strip();
        int space = indexOfWhitespace(text);
        String smiles = space < 0 ? text : text.substring(0, space);
        if (space >= 0) {
            String rest = text.substring(space).strip();
            // "SMILES |cx extension|" is the only legal way for a structure to contain a space
            if (!rest.startsWith("|") || !rest.endsWith("|") || rest.length() < 2) {
                throw notAStructure(input, "text after a space: " + rest);
            }
        }
        scan(smiles, input);
        int atoms = atomCount(smiles);
        if (atoms > CompoundAnalyzer.MAX_ATOMS) {
            // refused before CDK sees it: its graph algorithms recurse along long chains and can exhaust the stack
            throw new InvalidStructureException(Kind.TOO_LARGE, "structure has %d atoms; at most %d can be registered (the InChI limit)"
                    .formatted(atoms, CompoundAnalyzer.MAX_ATOMS), input);
        }
        return smiles;
    }

    /** Atoms as written: each bracket atom, each organic-subset symbol (the l of Cl and r of Br are no atoms), each {@code *}. */
    static int atomCount(String smiles) {
        int atoms = 0;
        for (int i = 0; i < smiles.length(); i++) {
            char c = smiles.charAt(i);
            if (c == '[') {
                atoms++;
                int close = smiles.indexOf(']', i);
                i = close < 0 ? smiles.length() : close;
            } else if (Character.isUpperCase(c) || c == '*' || "bcnops".indexOf(c) >= 0) {
                atoms++;
            }
        }
        return atoms;
    }

    private static void scan(String s, String input) {
        int depth = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '[') {
                int close = s.indexOf(']', i);
                if (close < 0) {
                    throw syntax(input, "'[' at position " + (i + 1) + " is never closed");
                }
                bracketAtom(s.substring(i + 1, close), input);
                i = close + 1;
                continue;
            }
            switch (c) {
                case 'B', 'C' -> {
                    char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
                    i += (c == 'B' && next == 'r') || (c == 'C' && next == 'l') ? 2 : 1;
                    checkNotElementWord(s, i - 1, input);
                    continue;
                }
                case 'N', 'O', 'P', 'S', 'F', 'I' -> {
                    i++;
                    checkNotElementWord(s, i - 1, input);
                    continue;
                }
                case 'b', 'c', 'n', 'o', 'p', 's', '*', '-', '=', '#', '$', ':', '/', '\\', '.',
                        '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> {
                    i++;
                    continue;
                }
                case '(' -> depth++;
                case ')' -> {
                    if (--depth < 0) {
                        throw syntax(input, "')' at position " + (i + 1) + " closes no branch");
                    }
                }
                case '%' -> {
                    if (i + 2 >= s.length() || !isDigit(s.charAt(i + 1)) || !isDigit(s.charAt(i + 2))) {
                        throw syntax(input, "'%' ring closure at position " + (i + 1) + " must be followed by exactly two digits");
                    }
                    i += 3;
                    continue;
                }
                case ']' -> throw syntax(input, "']' at position " + (i + 1) + " closes no bracket atom");
                default -> throw notAStructure(input, "unexpected '" + c + "' at position " + (i + 1));
            }
            i++;
        }
        if (depth != 0) {
            throw syntax(input, "unbalanced parentheses (" + depth + " branch(es) not closed)");
        }
    }

    /**
     * After an organic-subset atom ending at {@code last}, a lowercase letter that is not an aromatic atom
     * means an element written without brackets ({@code Na}, {@code Cu}) or plain text.
     */
    private static void checkNotElementWord(String s, int last, String input) {
        int next = last + 1;
        if (next >= s.length()) {
            return;
        }
        char n = s.charAt(next);
        if (Character.isLowerCase(n) && "bcnops".indexOf(n) < 0) {
            String pair = "" + s.charAt(last) + n;
            if (ELEMENTS.contains(pair)) {
                throw syntax(input, "element " + pair + " at position " + (last + 1) + " must be written in brackets ([" + pair + "])");
            }
            throw notAStructure(input, "unexpected '" + n + "' at position " + (next + 1));
        }
    }

    private static void bracketAtom(String body, String input) {
        int i = 0;
        while (i < body.length() && isDigit(body.charAt(i))) {
            i++;
        }
        if (i >= body.length()) {
            throw syntax(input, "empty bracket atom [" + body + "]");
        }
        char first = body.charAt(i);
        if (first == '*') {
            return;
        }
        if (Character.isUpperCase(first)) {
            char second = i + 1 < body.length() ? body.charAt(i + 1) : 0;
            if (Character.isLowerCase(second)) {
                String pair = "" + first + second;
                if (!ELEMENTS.contains(pair)) {
                    throw new InvalidStructureException(Kind.UNKNOWN_ELEMENT, "unknown element symbol " + pair, input);
                }
            } else if (!ELEMENTS.contains(String.valueOf(first))) {
                throw new InvalidStructureException(Kind.UNKNOWN_ELEMENT, "unknown element symbol " + first, input);
            }
            return;
        }
        if (Character.isLowerCase(first)) {
            String two = i + 2 <= body.length() ? body.substring(i, i + 2) : "";
            if (AROMATIC_IN_BRACKETS.contains(two) || AROMATIC_IN_BRACKETS.contains(String.valueOf(first))) {
                return;
            }
        }
        throw new InvalidStructureException(Kind.UNKNOWN_ELEMENT, "unknown element symbol in [" + body + "]", input);
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static InvalidStructureException syntax(String input, String detail) {
        return new InvalidStructureException(Kind.SYNTAX, "SMILES syntax error: " + detail, input);
    }

    private static InvalidStructureException notAStructure(String input, String detail) {
        return new InvalidStructureException(Kind.NOT_A_STRUCTURE, "not a structure (" + detail + ")", input);
    }
}
