package org.lmskit.core.recruitment;

/** The commission's classification of a candidate (seed 004, "Constitution du vivier"). */
public enum Classification {
    EMPLOYABLE("Employable"),
    ADAPTABLE("Adaptable");

    private final String label;

    Classification(String label) {
        this.label = label;
    }

    /** The seed's wording, for screens. */
    public String label() {
        return label;
    }
}
