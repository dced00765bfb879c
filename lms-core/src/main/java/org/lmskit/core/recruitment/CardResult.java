package org.lmskit.core.recruitment;

/** Every result of seed 004's table "Résultat de l'analyse d'un profil", with the seed's wording. */
public enum CardResult {
    NONE_STUDY_IN_PROGRESS("Aucun - étude de la candidature en cours"),
    PROFILE_NOT_RETAINED("Profil non retenu après étude fiche profil / CV"),
    RESERVED_AFTER_INTERVIEW("Après entretien - Avis réservé car profil peu convainquant"),
    EMPLOYABLE_NOT_SUITED("Après entretien - Profil employable, pas adapté au poste ou pas de poste à pourvoir"),
    KEPT_FOR_POTENTIAL_RECRUITMENT("Profil intéressant gardé en vivier pour un recrutement potentiel"),
    KEPT_FOR_PRE_RECRUITMENT_TRAINING("Profil conservé en vivier pour formation pré-recrutement"),
    INDIVIDUAL_PRE_RECRUITMENT_TRAINING("Candidat en formation individuelle pré-recrutement (POEI, AFPR, ...)"),
    ADC_REGISTRATION_REQUEST("Action ADC - Demande d'inscription"),
    ADC_IMMERSION("Action ADC – choisi pour une période d'immersion en entreprise"),
    OFFER_PENDING_CLIENT_APPROVAL("Proposition sous réserve approbation client final"),
    OFFER_IN_PROGRESS("Proposition en cours"),
    OFFER_REFUSED_BY_CANDIDATE("Refus de la proposition par le candidat"),
    RECRUITMENT("Recrutement"),
    ADC_INTENSIVE_3_MONTHS("En Formation Intensive Spécialisée sur 3 mois"),
    ADC_INTENSIVE_6_MONTHS("En Formation Intensive Spécialisée sur 6 mois"),
    ADC_BASICS_6_MONTHS("En formation préalable aux bases du métier sur 6 mois maxi (avant une formation généraliste)"),
    ADC_GENERAL_6_MONTHS("En Formation Généraliste sur 6 mois (après formation aux bases du métier)"),
    ADC_GENERAL_9_MONTHS("En Formation Généraliste sur 9 mois"),
    ADC_GENERAL_1_YEAR("En Formation Généraliste sur 1 an"),
    ADC_GENERAL_2_YEARS("En Formation Généraliste sur 2 ans"),
    NOT_RECRUITED_AFTER_ADC("Non recruté à l'issue d'une action ADC"),
    NOT_EMPLOYABLE_AFTER_INTERVIEW("Après entretien - profil jugé non employable"),
    CANDIDATE_UNAVAILABLE("Candidat indisponible (formation, ...)"),
    CANDIDATE_FOUND_JOB("Candidat ayant retrouvé un emploi"),
    FILE_ABANDONED("Abandon du dossier");

    private final String label;

    CardResult(String label) {
        this.label = label;
    }

    /** The seed's wording, for screens. */
    public String label() {
        return label;
    }
}
