package org.lmskit.core.recruitment;

/** The seed's eight study levels ("Niveau d'étude"); a search matches them exactly. */
public enum StudyLevel {
    BELOW_BAC("< Bac"),
    BAC_NOT_VALIDATED("Bac non validé"),
    BAC("Bac"),
    BAC_PLUS_2("Bac + 2"),
    BAC_PLUS_3("Bac + 3"),
    BAC_PLUS_4("Bac + 4"),
    BAC_PLUS_5("Bac + 5"),
    ABOVE_BAC_PLUS_5("> Bac+5");

    private final String label;

    StudyLevel(String label) {
        this.label = label;
    }

    /** The seed's wording, for screens. */
    public String label() {
        return label;
    }
}
