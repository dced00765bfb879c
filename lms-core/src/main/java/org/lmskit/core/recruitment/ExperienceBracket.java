package org.lmskit.core.recruitment;

/** Years of experience in a digital job, by bracket; a search matches brackets exactly. The seed shows
 * "&lt; 1 an", "3 à 5 ans" and "&gt; 10 ans"; the two brackets between are this library's. */
public enum ExperienceBracket {
    LESS_THAN_1_YEAR("< 1 an"),
    FROM_1_TO_3_YEARS("1 à 3 ans"),
    FROM_3_TO_5_YEARS("3 à 5 ans"),
    FROM_5_TO_10_YEARS("5 à 10 ans"),
    MORE_THAN_10_YEARS("> 10 ans");

    private final String label;

    ExperienceBracket(String label) {
        this.label = label;
    }

    /** The seed's wording, for screens. */
    public String label() {
        return label;
    }
}
