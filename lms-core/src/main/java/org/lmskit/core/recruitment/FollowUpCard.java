package org.lmskit.core.recruitment;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.id.CandidateId;
import org.lmskit.core.id.CardId;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.id.UserId;

/**
 * A follow-up card ("fiche SAR"), one per company and candidate. Its status and deadline are derived
 * from its result through a {@link ResultTable}; {@link #apply} is the only way they change.
 *
 * @param createdBy the recruiter who created it: "my cards", and whose pool search an overdue card blocks
 * @param dueAt the instant the card must be updated by; empty when its status has no deadline
 * @param version 0 before it is stored
 */
public record FollowUpCard(CardId id, CompanyId company, CandidateId candidate, String title, UserId createdBy,
                           CardResult result, CardStatus status, Set<PerformedAction> actions, boolean nonResponse,
                           Optional<String> comment, Set<RejectionCause> rejectionCauses,
                           Optional<RecruitmentFollowUp> recruitment, Instant createdAt, Instant updatedAt,
                           UserId updatedBy, Optional<Instant> dueAt, long version) {

    public FollowUpCard {
        actions = Set.copyOf(actions);
        rejectionCauses = Set.copyOf(rejectionCauses);
    }

    /** A new card with a quick action's result (seed 004): updated and due from {@code now}. */
    static FollowUpCard open(CardId id, CompanyId company, Candidate candidate, UserId recruiter, CardResult result,
                             ResultTable table, Instant now) {
        CardStatus status = statusFor(table, result, Optional.empty());
        return new FollowUpCard(id, company, candidate.id(), candidate.cardTitle(), recruiter, result, status, Set.of(),
                false, Optional.empty(), Set.of(), Optional.empty(), now, now, recruiter,
                table.deadline(status).map(now::plus), 0);
    }

    /**
     * The card after {@code update} saved by {@code by} at {@code now}. Seed 004: the deadline is counted
     * again from {@code now} when the result changes, or the actions change under the same result; this
     * library also counts it again when a recruitment's state changes the status. Other edits keep it.
     *
     * @throws RuleRefusedException a part the result requires is missing ({@link RecruitmentRefusals#FIELD_REQUIRED})
     */
    FollowUpCard apply(CardUpdate update, ResultTable table, UserId by, Instant now) {
        for (RequiredField field : table.requiredFor(update.result())) {
            boolean missing = switch (field) {
                case REJECTION_CAUSES -> update.rejectionCauses().isEmpty();
                case RECRUITMENT -> update.recruitment().isEmpty();
            };
            if (missing) {
                throw new RuleRefusedException(RecruitmentRefusals.FIELD_REQUIRED, field.field(),
                        "the result '" + update.result().label() + "' requires " + field.field());
            }
        }
        CardStatus next = statusFor(table, update.result(), update.recruitment().map(RecruitmentFollowUp::state));
        boolean recount = update.result() != result || next != status || !update.actions().equals(actions);
        Optional<Instant> due = recount ? table.deadline(next).map(now::plus) : dueAt;
        return new FollowUpCard(id, company, candidate, update.title(), createdBy, update.result(), next,
                update.actions(), update.nonResponse(), update.comment(), update.rejectionCauses(),
                update.recruitment(), createdAt, now, by, due, version);
    }

    private static CardStatus statusFor(ResultTable table, CardResult result, Optional<RecruitmentState> state) {
        return table.statusOf(result, state).orElseThrow(() -> new RuleRefusedException(
                RecruitmentRefusals.FIELD_REQUIRED, RequiredField.RECRUITMENT.field(),
                "the result '" + result.label() + "' requires " + RequiredField.RECRUITMENT.field()));
    }

    /** Overdue when {@code now} is strictly past the due instant; the stores search with the same rule. */
    public boolean isOverdueAt(Instant now) {
        return dueAt.filter(due -> due.isBefore(now)).isPresent();
    }

    FollowUpCard withVersion(long newVersion) {
        return new FollowUpCard(id, company, candidate, title, createdBy, result, status, actions, nonResponse, comment,
                rejectionCauses, recruitment, createdAt, updatedAt, updatedBy, dueAt, newVersion);
    }
}
