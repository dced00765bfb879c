package org.lmskit.core.id;

/** Identifies a competency framework: its IMS CASE document's identifier, a UUID kept in lower case. */
public record FrameworkId(String value) {
    public FrameworkId {
        value = Uuids.canonical("frameworkId", value);
    }

    /** The id {@code value}; refused as invalid input naming the id field when it is not a UUID. */
    public static FrameworkId of(String value) {
        return new FrameworkId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
