package org.lmskit.core.adaptive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lmskit.core.id.CourseId;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.UserId;

/**
 * A learner's enrolment in a course. {@link #waived()} lists the lessons the adaptive rule completed for
 * them, each with its reason (in the spirit of cmi5's "waived"); {@link #adapted()} is what lets a screen
 * say "Votre cours a été adapté en fonction de vos compétences acquises" (seed 000).
 */
public record Enrolment(CourseId course, UserId learner, EnrolmentType type, Instant enrolledAt,
                        Optional<LocalDate> dueOn, UserId enrolledBy, List<Waiver> waived, Optional<Instant> adaptedAt,
                        long version) {
    public Enrolment {
        waived = List.copyOf(waived);
    }

    /** Whether the adaptive rule completed at least one lesson of this enrolment. */
    public boolean adapted() {
        return !waived.isEmpty();
    }

    /** A lesson completed by the adaptive rule, and why: the competencies and levels that made it needless. */
    public record Waiver(LessonId lesson, String reason) {
    }
}
