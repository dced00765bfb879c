package org.lmskit.core.competency;

import java.time.Instant;
import org.lmskit.core.event.LmsEvent;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.ReviewId;
import org.lmskit.core.id.UserId;

/** What the competency capability publishes, after the change has committed. */
public sealed interface CompetencyEvent extends LmsEvent {

    /** A learner was positioned on a competency (by evaluation, observation, a manager, a supervisor or self). */
    record Positioned(Instant occurredAt, UserId learner, CompetencyCode competency, LevelValue level, Source source,
                      UserId actor) implements CompetencyEvent {
    }

    /** An interim review became final; its positions were recorded as {@link Source#REVIEW} positionings. */
    record ReviewFinalized(Instant occurredAt, ReviewId review, UserId learner, UserId actor)
            implements CompetencyEvent {
    }

    /** A DDFPT unlocked a final review. */
    record ReviewUnlocked(Instant occurredAt, ReviewId review, UserId learner, UserId actor)
            implements CompetencyEvent {
    }

    /** An access rule or a business rule refused an operation; {@code actor} is empty when none was given. */
    record Refused(Instant occurredAt, UserId actor, String rule, String reason) implements CompetencyEvent {
    }
}
