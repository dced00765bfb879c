package org.lmskit.core.recruitment;

/** A candidate's current situation; the seed names "En recherche d'emploi" and temporary situations (CDD, formation). */
public enum Situation {
    JOB_SEEKING("En recherche d'emploi"),
    FIXED_TERM_JOB("En CDD"),
    IN_TRAINING("En formation"),
    EMPLOYED("En emploi"),
    UNAVAILABLE("Indisponible");

    private final String label;

    Situation(String label) {
        this.label = label;
    }

    /** The seed's wording, for screens. */
    public String label() {
        return label;
    }
}
