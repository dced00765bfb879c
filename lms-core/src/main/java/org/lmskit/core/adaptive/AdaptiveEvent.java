package org.lmskit.core.adaptive;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.lmskit.core.event.LmsEvent;
import org.lmskit.core.id.CourseId;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.UserId;

/** What the adaptive capability publishes, after the change has committed. */
public sealed interface AdaptiveEvent extends LmsEvent {

    /** A learner was enrolled; {@code waived} are the lessons adaptation completed, with their reasons. */
    record Enrolled(Instant occurredAt, CourseId course, UserId learner, EnrolmentType type,
                    List<Enrolment.Waiver> waived) implements AdaptiveEvent {
        public Enrolled {
            waived = List.copyOf(waived);
        }
    }

    /** Re-adapting changed the waivers: {@code added} completed by the rule, {@code reopened} given back. */
    record Readapted(Instant occurredAt, CourseId course, UserId learner, List<LessonId> added,
                     List<LessonId> reopened) implements AdaptiveEvent {
        public Readapted {
            added = List.copyOf(added);
            reopened = List.copyOf(reopened);
        }
    }

    /**
     * A learner tried a lesson: what they reported ({@code reported}, with the score in percent when there was one)
     * and the status the lesson is now at ({@code status}: a done lesson stays done, a mission waits for its
     * correction).
     */
    record LessonProgressed(Instant occurredAt, UserId learner, LessonId lesson, LessonStatus status,
                            LessonStatus reported, Optional<BigDecimal> score) implements AdaptiveEvent {
    }

    /** A tutor corrected a learner's lesson status (audited; seed 001). */
    record ProgressCorrected(Instant occurredAt, UserId tutor, UserId learner, LessonId lesson, LessonStatus status)
            implements AdaptiveEvent {
    }

    /** An access rule or a business rule refused an operation; {@code actor} is empty when none was given. */
    record Refused(Instant occurredAt, UserId actor, String rule, String reason) implements AdaptiveEvent {
    }
}
