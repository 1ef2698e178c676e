package com.moleculeflow.app.common;

/**
 * A refusal a user can act on. The API turns it into RFC 9457 problem+json with the kind's HTTP status,
 * so the message must say where, what and why.
 */
public class DomainException extends RuntimeException {

    public enum Kind { INVALID, NOT_FOUND, FORBIDDEN, CONFLICT }

    private final Kind kind;
    private final String title;

    public DomainException(Kind kind, String title, String detail) {
        super(detail);
        this.kind = kind;
        this.title = title;
    }

    public static DomainException notFound(String what, Object id) {
        return new DomainException(Kind.NOT_FOUND, what + " not found", what + " " + id + " does not exist or is not visible to you");
    }

    public static DomainException invalid(String detail) {
        return new DomainException(Kind.INVALID, "Invalid request", detail);
    }

    public static DomainException forbidden(String detail) {
        return new DomainException(Kind.FORBIDDEN, "Not allowed", detail);
    }

    public static DomainException conflict(String detail) {
        return new DomainException(Kind.CONFLICT, "Conflict with current state", detail);
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }
}
