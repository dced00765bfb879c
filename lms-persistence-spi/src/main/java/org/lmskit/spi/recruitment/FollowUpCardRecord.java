package org.lmskit.spi.recruitment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.lmskit.spi.Required;

/**
 * A follow-up card ("fiche SAR") as stored; (company, candidate) is unique. Result, status, actions and
 * rejection causes are the core's enum names.
 *
 * @param createdBy the recruiter who created the card: "my cards" and overdue blocking are theirs
 * @param dueAt when the card must be updated; empty for statuses without a deadline
 */
public record FollowUpCardRecord(String cardId, String companyId, String candidateId, String title, String createdBy,
                                 String result, String status, List<String> actions, boolean nonResponse,
                                 Optional<String> comment, List<String> rejectionCauses,
                                 Optional<RecruitmentRecord> recruitment, Instant createdAt, Instant updatedAt,
                                 String updatedBy, Optional<Instant> dueAt, long version) {
    public FollowUpCardRecord {
        Required.fields("cardId companyId candidateId title createdBy result status comment recruitment "
                + "createdAt updatedAt updatedBy dueAt",
                cardId, companyId, candidateId, title, createdBy, result, status, comment, recruitment, createdAt,
                updatedAt, updatedBy, dueAt);
        actions = List.copyOf(actions);
        rejectionCauses = List.copyOf(rejectionCauses);
    }

    public FollowUpCardRecord withVersion(long newVersion) {
        return new FollowUpCardRecord(cardId, companyId, candidateId, title, createdBy, result, status, actions,
                nonResponse, comment, rejectionCauses, recruitment, createdAt, updatedAt, updatedBy, dueAt, newVersion);
    }
}
