package org.lmskit.core.recruitment;

/** How a candidate is linked to a training of the commission (seed 004, "Formation envisagée ou suivie"). */
public enum TrainingLink {
    INTEREST("Candidat ayant déclaré un intérêt"),
    WAITING_FOR_SESSION("En attente de démarrage d'une session"),
    IN_TRAINING("Suivant actuellement la formation"),
    JOB_SEEKING_AFTER("Recherchant un emploi à l'issue de la formation");

    private final String label;

    TrainingLink(String label) {
        this.label = label;
    }

    /** The seed's wording, for screens. */
    public String label() {
        return label;
    }
}
