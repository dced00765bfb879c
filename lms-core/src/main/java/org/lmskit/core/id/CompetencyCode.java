package org.lmskit.core.id;

/** Identifies a competency; 1 to 100 printable characters. */
public record CompetencyCode(String value) {
    public CompetencyCode {
        Identifiers.check("competencyCode", value);
    }

    /**
     * The id {@code value}; refused as invalid input naming the id field when blank, over 100 characters or holding a
     * control character or a lone surrogate.
     */
    public static CompetencyCode of(String value) {
        return new CompetencyCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
