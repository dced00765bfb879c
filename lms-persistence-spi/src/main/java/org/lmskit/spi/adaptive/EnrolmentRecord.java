package org.lmskit.spi.adaptive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lmskit.spi.Required;

/**
 * A learner's enrolment in a course; (course, learner) is unique. {@code waived} lists the lessons the
 * adaptive rule completed for this learner, each with its reason.
 */
public record EnrolmentRecord(String courseId, String learnerId, String type, Instant enrolledAt,
                              Optional<LocalDate> dueOn, String enrolledBy, List<Waiver> waived,
                              Optional<Instant> adaptedAt, long version) {
    public EnrolmentRecord {
        Required.fields("courseId learnerId type enrolledAt dueOn enrolledBy adaptedAt",
                courseId, learnerId, type, enrolledAt, dueOn, enrolledBy, adaptedAt);
        waived = List.copyOf(waived);
    }

    /** A lesson the enrolment waived (auto-completed) and why. */
    public record Waiver(String lessonId, String reason) {
        public Waiver {
            Required.fields("lessonId reason", lessonId, reason);
        }
    }

    public EnrolmentRecord withVersion(long newVersion) {
        return new EnrolmentRecord(courseId, learnerId, type, enrolledAt, dueOn, enrolledBy, waived, adaptedAt,
                newVersion);
    }
}
