package org.lmskit.core.recruitment;

/** How well a candidate masters a know-how. */
public enum Mastery {
    BEGINNER("Débutant"),
    OPERATIONAL("Opérationnel"),
    EXPERIENCED("Expérimenté");

    private final String label;

    Mastery(String label) {
        this.label = label;
    }

    /** The seed's wording, for screens. */
    public String label() {
        return label;
    }
}
