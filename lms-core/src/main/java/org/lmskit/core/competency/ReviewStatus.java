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

    /** Seed 002: a draft or unlocked review can be changed; a final one is frozen. */
    public boolean editable() {
        return this != FINAL;
    }

    /**
     * The statuses a review may move to: a draft or unlocked review is finalized, a final one unlocked (by the DDFPT).
     */
    public Set<ReviewStatus> next() {
        return switch (this) {
            case DRAFT, UNLOCKED -> Set.of(FINAL);
            case FINAL -> Set.of(UNLOCKED);
        };
    }
}
