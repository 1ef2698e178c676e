package com.moleculeflow.app.common;

/**
 * Free text from a user as the database can keep it: within its column's length, and without the NUL character,
 * which PostgreSQL refuses in text. A refusal names the field and says what to change.
 */
public final class TextFields {

    private TextFields() {
    }

    /** The value unchanged, or a 400 naming the field; {@code null} passes (the caller decides whether it is required). */
    public static String check(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        if (value.length() > maxLength) {
            throw DomainException.invalid("%s: at most %d characters, got %d".formatted(field, maxLength, value.length()));
        }
        int nul = value.indexOf('\0');
        if (nul >= 0) {
            throw DomainException.invalid("%s: contains a NUL character (U+0000) at position %d, which cannot be stored".formatted(field, nul + 1));
        }
        return value;
    }
}
