package org.lmskit.core.recruitment;

/** How the seed's screens address a candidate. */
public enum Civility {
    MR("Monsieur"),
    MRS("Madame");

    private final String label;

    Civility(String label) {
        this.label = label;
    }

    /** The seed's wording, for screens. */
    public String label() {
        return label;
    }
}
