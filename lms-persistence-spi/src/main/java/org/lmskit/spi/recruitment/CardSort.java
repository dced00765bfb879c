package org.lmskit.spi.recruitment;

/** How a portfolio page is ordered (seed 004: "Créé le", "Echéance"); ties are broken by card id. */
public enum CardSort {
    CREATED,
    /** Cards without a deadline come last, whatever the direction. */
    DUE
}
