package com.moleculeflow.chemistry;

/**
 * A structure text that cannot be registered, with a specific reason.
 *
 * <p>{@link #reason()} is the short reason a row outcome stores (for example
 * {@code impossible valence on atom C1 (5 bonds, max 4)}); {@link #getMessage()} adds the input,
 * quoted: {@code impossible valence on atom C1 (5 bonds, max 4) in "C(C)(C)(C)(C)C"}.
 * {@link #kind()} groups reasons for reports and counts.
 */
public final class InvalidStructureException extends RuntimeException {

    /** What kind of problem the input has; stable names for reports. */
    public enum Kind {
        NO_STRUCTURE, NOT_A_STRUCTURE, SYNTAX, UNKNOWN_ELEMENT, KEKULE, VALENCE, NO_ORGANIC_FRAGMENT, TOO_LARGE, UNSUPPORTED
    }

    private static final int MAX_QUOTED = 200;

    private final Kind kind;
    private final String reason;
    private final String input;

    public InvalidStructureException(Kind kind, String reason, String input) {
        this(kind, reason, input, null);
    }

    public InvalidStructureException(Kind kind, String reason, String input, Throwable cause) {
        super(reason + " in " + quote(input), cause);
        this.kind = kind;
        this.reason = reason;
        this.input = input;
    }

    public Kind kind() {
        return kind;
    }

    public String reason() {
        return reason;
    }

    public String input() {
        return input;
    }

    private static String quote(String input) {
        if (input == null) {
            return "\"\"";
        }
        // very long inputs (pasted files) would make unreadable messages
        String shown = input.length() > MAX_QUOTED ? input.substring(0, MAX_QUOTED) + "…" : input;
        return "\"" + shown + "\"";
    }
}
