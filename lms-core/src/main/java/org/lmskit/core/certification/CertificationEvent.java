package org.lmskit.core.certification;

import java.time.Instant;
import org.lmskit.core.event.LmsEvent;
import org.lmskit.core.id.CertificateId;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.ThemeId;
import org.lmskit.core.id.UserId;

/** What the certification capability publishes, refusals included. */
public sealed interface CertificationEvent extends LmsEvent {

    record GradingTableChanged(Instant occurredAt, PathId pathId, UserId actor, GradingTable table, long version)
            implements CertificationEvent {
    }

    record GradingTableReset(Instant occurredAt, PathId pathId, UserId actor) implements CertificationEvent {
    }

    record GradingTableChangeRefused(Instant occurredAt, PathId pathId, UserId actor, String reason)
            implements CertificationEvent {
    }

    record PathSetupChanged(Instant occurredAt, PathId pathId, UserId actor, long version) implements CertificationEvent {
    }

    record BadgeAwarded(Instant occurredAt, UserId learner, PathId pathId, ThemeId theme, UserId by)
            implements CertificationEvent {
    }

    record CaseStudySubmitted(Instant occurredAt, UserId learner, PathId pathId) implements CertificationEvent {
    }

    record CaseStudyCorrected(Instant occurredAt, UserId learner, PathId pathId, Grade grade, CertificationLevel level,
                              boolean afterReview, UserId corrector) implements CertificationEvent {
    }

    record ReviewRequested(Instant occurredAt, UserId learner, PathId pathId, Grade grade) implements CertificationEvent {
    }

    record ProgramQuizFinished(Instant occurredAt, UserId learner, ThemeId theme, Grade score, boolean passed)
            implements CertificationEvent {
    }

    record CertificateIssued(Instant occurredAt, CertificateId certificate, UserId learner, PathId pathId,
                             CertificationLevel level) implements CertificationEvent {
    }

    record CertificateRevoked(Instant occurredAt, CertificateId certificate, UserId by) implements CertificationEvent {
    }

    /** A refusal: who tried what, and the rule that said no. */
    record Refused(Instant occurredAt, UserId actor, String rule, String reason) implements CertificationEvent {
    }
}
