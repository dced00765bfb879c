package org.lmskit.core.recruitment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.lmskit.core.event.LmsEvent;
import org.lmskit.core.id.CandidateId;
import org.lmskit.core.id.CardId;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.id.UserId;

/** What the recruitment capability publishes, after the change has committed. */
public sealed interface RecruitmentEvent extends LmsEvent {

    /** A recruiter opened a follow-up card for a candidate of the pool. */
    record CardOpened(Instant occurredAt, CardId card, CompanyId company, CandidateId candidate, UserId recruiter,
                      CardResult result, CardStatus status, Optional<Instant> dueAt) implements RecruitmentEvent {
    }

    /** A card was updated: its status moved and its deadline was set again (seed 004). */
    record CardUpdated(Instant occurredAt, CardId card, UserId recruiter, CardStatus previousStatus, CardStatus status,
                       Optional<Instant> dueAt) implements RecruitmentEvent {
    }

    /** Seed 004: the partner contact and the commission were notified that the candidate does not answer. */
    record CandidateNotResponding(Instant occurredAt, CardId card, CandidateId candidate, UserId recruiter)
            implements RecruitmentEvent {
    }

    /** A recruiter's pool search was refused because of these overdue cards. */
    record PoolSearchBlocked(Instant occurredAt, UserId recruiter, List<CardId> overdueCards)
            implements RecruitmentEvent {
        public PoolSearchBlocked {
            overdueCards = List.copyOf(overdueCards);
        }
    }

    /** An access rule or a business rule refused an operation; {@code actor} is empty when none was given. */
    record Refused(Instant occurredAt, UserId actor, String rule, String reason) implements RecruitmentEvent {
    }
}
