package org.lmskit.core.id;

/** Identifies a session; 1 to 100 printable characters. */
public record SessionId(String value) {
    public SessionId {
        Identifiers.check("sessionId", value);
    }

    /**
     * The id {@code value}; refused as invalid input naming the id field when blank, over 100 characters or holding a
     * control character or a lone surrogate.
     */
    public static SessionId of(String value) {
        return new SessionId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
