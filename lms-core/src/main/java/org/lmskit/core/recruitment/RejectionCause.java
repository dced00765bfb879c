package org.lmskit.core.recruitment;

/** The eight causes of rejecting a candidate judged not employable (seed 004, section 3). */
public enum RejectionCause {
    INSUFFICIENT_SKILLS("compétences insuffisantes"),
    INSUFFICIENT_EXPERIENCE("expérience insuffisante"),
    LACK_OF_MOTIVATION("manque de motivation"),
    UNSUITED_INTERPERSONAL("relationnel inadapté"),
    LIMITED_MOBILITY("mobilité géographique réduite"),
    SALARY_TOO_HIGH("niveau de salaire trop élevé"),
    INCOMPATIBLE_PROJECT("projet personnel ou professionnel incompatible avec emploi dans le secteur"),
    OTHER("autre raison");

    private final String label;

    RejectionCause(String label) {
        this.label = label;
    }

    /** The seed's wording, for screens. */
    public String label() {
        return label;
    }
}
