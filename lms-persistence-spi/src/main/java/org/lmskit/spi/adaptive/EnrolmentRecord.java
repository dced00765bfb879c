package org.lmskit.spi.adaptive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A learner's enrolment in a course; (course, learner) is unique. {@code waived} lists the lessons the
 * adaptive rule completed for this learner, each with its reason.
 */
public record EnrolmentRecord(String courseId, String learnerId, String type, Instant enrolledAt,
                              Optional<LocalDate> dueOn, String enrolledBy, List<Waiver> waived,
                              Optional<Instant> adaptedAt, long version) {
    public EnrolmentRecord {
        Objects.requireNonNull(courseId, "courseId");
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(enrolledAt, "enrolledAt");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(enrolledBy, "enrolledBy");
        waived = List.copyOf(waived);
        Objects.requireNonNull(adaptedAt, "adaptedAt");
    }

    public record Waiver(String lessonId, String reason) {
        public Waiver {
            Objects.requireNonNull(lessonId, "lessonId");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public EnrolmentRecord withVersion(long newVersion) {
        return new EnrolmentRecord(courseId, learnerId, type, enrolledAt, dueOn, enrolledBy, waived, adaptedAt,
                newVersion);
    }
}
