package org.lmskit.core.recruitment;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.lmskit.core.internal.Checks;

/**
 * What a recruiter saves on a card: the whole editable state (sections 1 to 4 of seed 004's card). The
 * status and the deadline are not here: the {@link ResultTable} computes them.
 */
public record CardUpdate(String title, CardResult result, Set<PerformedAction> actions, boolean nonResponse,
                         Optional<String> comment, Set<RejectionCause> rejectionCauses,
                         Optional<RecruitmentFollowUp> recruitment) {
    public static final int MAX_TITLE = 200;
    public static final int MAX_COMMENT = 4000;

    public CardUpdate {
        Checks checks = new Checks();
        checks.text("title", title, MAX_TITLE);
        checks.required("result", result);
        checks.size("actions", actions, PerformedAction.values().length);
        comment = comment == null ? Optional.empty() : comment.filter(c -> !c.isBlank());
        comment.ifPresent(c -> checks.optionalText("comment", c, MAX_COMMENT));
        checks.size("rejectionCauses", rejectionCauses, RejectionCause.values().length);
        recruitment = recruitment == null ? Optional.empty() : recruitment;
        checks.throwIfAny();
        actions = actions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(actions));
        rejectionCauses = rejectionCauses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(rejectionCauses));
    }

    /** Starts from what the card holds now, to change a few parts. */
    public static CardUpdate of(FollowUpCard card) {
        return new CardUpdate(card.title(), card.result(), card.actions(), card.nonResponse(), card.comment(),
                card.rejectionCauses(), card.recruitment());
    }

    /** The same update with the analysis result {@code newResult}, which sets the status and deadline (seed 004). */
    public CardUpdate withResult(CardResult newResult) {
        return new CardUpdate(title, newResult, actions, nonResponse, comment, rejectionCauses, recruitment);
    }

    /** The same update with the actions performed. */
    public CardUpdate withActions(Set<PerformedAction> newActions) {
        return new CardUpdate(title, result, newActions, nonResponse, comment, rejectionCauses, recruitment);
    }

    /** The same update, marking (or not) that the candidate did not answer. */
    public CardUpdate withNonResponse(boolean flag) {
        return new CardUpdate(title, result, actions, flag, comment, rejectionCauses, recruitment);
    }

    /** The same update with a comment; null for none. */
    public CardUpdate withComment(String newComment) {
        return new CardUpdate(title, result, actions, nonResponse, Optional.ofNullable(newComment), rejectionCauses,
                recruitment);
    }

    /** The same update with the causes of rejection, required for a rejection result. */
    public CardUpdate withRejectionCauses(Set<RejectionCause> causes) {
        return new CardUpdate(title, result, actions, nonResponse, comment, causes, recruitment);
    }

    /** The same update with the recruitment follow-up, required for a recruitment result; null for none. */
    public CardUpdate withRecruitment(RecruitmentFollowUp followUp) {
        return new CardUpdate(title, result, actions, nonResponse, comment, rejectionCauses,
                Optional.ofNullable(followUp));
    }

    /** The same update with the card's title. */
    public CardUpdate withTitle(String newTitle) {
        return new CardUpdate(newTitle, result, actions, nonResponse, comment, rejectionCauses, recruitment);
    }
}
