package org.lmskit.core.recruitment;

/** The status of a card, set from its result by the {@link ResultTable}, never by hand (seed 004). */
public enum CardStatus {
    STUDY_IN_PROGRESS("Etude en cours"),
    NOT_RETAINED("Non retenu"),
    POOL("Candidat en vivier"),
    PRE_RECRUITMENT_TRAINING("Formation pré-recrutement"),
    ADC_APPLICATION("Action ADC – gestion candidature"),
    RECRUITMENT_IN_PROGRESS("Recrutement en cours"),
    REFUSED_BY_CANDIDATE("Refus du candidat"),
    RECRUITED_TRIAL("Recruté en période essai ou alternance"),
    RECRUITED("Recruté"),
    CONTRACT_BROKEN("Rupture contrat"),
    ADC_3_MONTHS("Action ADC 3 mois"),
    ADC_6_MONTHS("Action ADC 6 mois"),
    ADC_9_MONTHS("Action ADC 9 mois"),
    ADC_1_YEAR("Action ADC 1 an"),
    ADC_2_YEARS("Action ADC 2 ans"),
    NOT_EMPLOYABLE("Non employable"),
    UNAVAILABLE("Indisponible"),
    SITUATION_TO_CHECK("Situation à vérifier");

    private final String label;

    CardStatus(String label) {
        this.label = label;
    }

    /** The seed's wording, for screens. */
    public String label() {
        return label;
    }
}
