package org.lmskit.core.recruitment;

/**
 * The four buttons of a candidate's summary (seed 004, "Utiliser les boutons d'actions rapides") and the result each
 * sets.
 */
public enum QuickAction {
    STUDY_LATER(CardResult.NONE_STUDY_IN_PROGRESS),
    NOT_RETAINED(CardResult.PROFILE_NOT_RETAINED),
    POTENTIAL_RECRUITMENT(CardResult.KEPT_FOR_POTENTIAL_RECRUITMENT),
    PRE_RECRUITMENT_TRAINING(CardResult.KEPT_FOR_PRE_RECRUITMENT_TRAINING);

    private final CardResult result;

    QuickAction(CardResult result) {
        this.result = result;
    }

    /** The result the quick action records on the card. */
    public CardResult result() {
        return result;
    }
}
