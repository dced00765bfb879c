package org.lmskit.core.id;

/** Identifies a session; 1 to 100 printable characters. */
public record SessionId(String value) {
    public SessionId {
        Identifiers.check("sessionId", value);
    }

    public static SessionId of(String value) {
        return new SessionId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
