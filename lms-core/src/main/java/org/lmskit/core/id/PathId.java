package org.lmskit.core.id;


/** Identifies a path; 1 to 100 printable characters, chosen by the host. */
public record PathId(String value) {
    public PathId {
        Identifiers.check("pathId", value);
    }

    /**
     * The id {@code value}; refused as invalid input naming the id field when blank, over 100 characters or holding a
     * control character or a lone surrogate.
     */
    public static PathId of(String value) {
        return new PathId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
