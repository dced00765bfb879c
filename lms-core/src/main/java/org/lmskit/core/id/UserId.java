package org.lmskit.core.id;


/** Identifies a user; 1 to 100 printable characters, chosen by the host. */
public record UserId(String value) {
    public UserId {
        Identifiers.check("userId", value);
    }

    /**
     * The id {@code value}; refused as invalid input naming the id field when blank, over 100 characters or holding a
     * control character or a lone surrogate.
     */
    public static UserId of(String value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
