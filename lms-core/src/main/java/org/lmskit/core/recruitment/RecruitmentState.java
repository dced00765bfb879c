package org.lmskit.core.recruitment;

/** The state of a recruitment (seed 004, section 4 "Etat"); it decides the status of a "Recrutement" card. */
public enum RecruitmentState {
    TRIAL_PERIOD("Période d'essai"),
    CONFIRMED("Recrutement confirmé"),
    BROKEN_SKILLS("Rupture période essai ou recrutement non confirmé - compétences inadéquates"),
    BROKEN_BEHAVIOUR("Rupture période essai ou recrutement non confirmé - comportement inadéquate"),
    BROKEN_ECONOMIC("Rupture période essai ou recrutement non confirmé - contexte économique"),
    RESIGNED("Démission du candidat");

    private final String label;

    RecruitmentState(String label) {
        this.label = label;
    }

    /** The seed's wording, for screens. */
    public String label() {
        return label;
    }
}
