package org.lmskit.core.recruitment;

/** The thirteen actions a card records (seed 004, section 2 "Actions effectuées"). */
public enum PerformedAction {
    PROFILE_STUDY("Etude fiche profil"),
    CV_ANALYSIS("Analyse du CV"),
    FIRST_CONTACT("Prise de contact"),
    KNOWLEDGE_TESTS("Test(s) de connaissances"),
    OPERATIONAL_INTERVIEW("Entretien avec un opérationnel"),
    HR_INTERVIEW("Entretien RH"),
    END_OF_TRAINING_INTERVIEW("Entretien fin de stage formation pré-recrutement"),
    CLIENT_PRESENTATION_1("Présentation n°1 à un client"),
    CLIENT_PRESENTATION_2("Présentation n°2 à un client"),
    CLIENT_PRESENTATION_3("Présentation n°3 à un client"),
    END_OF_TRIAL_INTERVIEW("Entretien fin période d'essai"),
    END_OF_EXTENDED_TRIAL_INTERVIEW("Entretien fin prolongation période d'essai"),
    OTHER("Autre action");

    private final String label;

    PerformedAction(String label) {
        this.label = label;
    }

    /** The seed's wording, for screens. */
    public String label() {
        return label;
    }
}
