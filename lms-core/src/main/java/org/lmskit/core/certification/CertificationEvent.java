package org.lmskit.core.certification;

import java.time.Instant;
import org.lmskit.core.event.LmsEvent;
import org.lmskit.core.id.CertificateId;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.ThemeId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.id.WorkshopId;

/** What the certification capability publishes, refusals included. */
public sealed interface CertificationEvent extends LmsEvent {

    /** An administrator changed a path's grading table, now at {@code version}. */
    record GradingTableChanged(Instant occurredAt, PathId pathId, UserId actor, GradingTable table, long version)
            implements CertificationEvent {
    }

    /** A path went back to the default grading table. */
    record GradingTableReset(Instant occurredAt, PathId pathId, UserId actor) implements CertificationEvent {
    }

    /** A change of grading table was refused, and why. */
    record GradingTableChangeRefused(Instant occurredAt, PathId pathId, UserId actor, String reason)
            implements CertificationEvent {
    }

    /** A path's certification set-up (themes, workshops, case study) changed. */
    record PathSetupChanged(Instant occurredAt, PathId pathId, UserId actor, long version) implements CertificationEvent {
    }

    /** A tutor awarded a theme's badge to a learner. */
    record BadgeAwarded(Instant occurredAt, UserId learner, PathId pathId, ThemeId theme, UserId by)
            implements CertificationEvent {
    }

    /** A learner handed in their case study. */
    /**
     * A learner went further in a workshop (seed 003): the step recorded, the percentage it brings the
     * workshop to, and whether that completes it (100 %, so it counts toward the case study).
     */
    record WorkshopProgressed(Instant occurredAt, UserId learner, PathId pathId, WorkshopId workshop, WorkshopStep step,
                              int percent, boolean complete, UserId by) implements CertificationEvent {
    }

    /** A new version of a path's case study is published; learners who started keep theirs (seed 003). */
    record CaseStudyPublished(Instant occurredAt, PathId pathId, int caseStudyVersion, UserId actor)
            implements CertificationEvent {
    }

    record CaseStudySubmitted(Instant occurredAt, UserId learner, PathId pathId) implements CertificationEvent {
    }

    /** A corrector graded a case study (or reviewed it); the level decides the certificate. */
    record CaseStudyCorrected(Instant occurredAt, UserId learner, PathId pathId, Grade grade, CertificationLevel level,
                              boolean afterReview, UserId corrector) implements CertificationEvent {
    }

    /** A learner corrected at 11/20 asked for a review. */
    record ReviewRequested(Instant occurredAt, UserId learner, PathId pathId, Grade grade) implements CertificationEvent {
    }

    /** A learner finished a theme's program quiz; {@code passed} validates the theme. */
    record ProgramQuizFinished(Instant occurredAt, UserId learner, ThemeId theme, Grade score, boolean passed)
            implements CertificationEvent {
    }

    /** A certificate was issued (or regenerated) for a learner on a path. */
    record CertificateIssued(Instant occurredAt, CertificateId certificate, UserId learner, PathId pathId,
                             CertificationLevel level) implements CertificationEvent {
    }

    /** A certificate was revoked. */
    record CertificateRevoked(Instant occurredAt, CertificateId certificate, UserId by) implements CertificationEvent {
    }

    /** A refusal: who tried what, and the rule that said no. */
    record Refused(Instant occurredAt, UserId actor, String rule, String reason) implements CertificationEvent {
    }
}
