package org.lmskit.core.id;

/** Identifies a competency; 1 to 100 printable characters. */
public record CompetencyCode(String value) {
    public CompetencyCode {
        Identifiers.check("competencyCode", value);
    }

    public static CompetencyCode of(String value) {
        return new CompetencyCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
