package org.lmskit.core.competency;

import java.util.Set;

/**
 * Seed 002: a review is saved as a draft to come back to, then finalized ("Enregistrer
 * définitivement", typing CONFIRMATION), after which "il n'est plus possible de le modifier";
 * "Seul le DDFPT de l'établissement a la possibilité de débloquer un bilan".
 */
public enum ReviewStatus {
    DRAFT,
    FINAL,
    UNLOCKED;

    public boolean editable() {
        return this != FINAL;
    }

    public Set<ReviewStatus> next() {
        return switch (this) {
            case DRAFT, UNLOCKED -> Set.of(FINAL);
            case FINAL -> Set.of(UNLOCKED);
        };
    }
}
