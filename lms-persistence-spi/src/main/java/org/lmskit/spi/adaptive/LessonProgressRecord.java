package org.lmskit.spi.adaptive;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.lmskit.spi.Required;

/**
 * A learner's progress on one lesson, whatever course or path it is taken in; (learner, lesson) is
 * unique. Attempts are kept in the order they were made.
 *
 * @param completedBy who set a done status: LEARNER or TUTOR (the adaptive rule's completions live on enrolments)
 * @param awaitingCorrection a mission the learner handed in, not yet corrected by a tutor
 */
public record LessonProgressRecord(String learnerId, String lessonId, String status, Optional<String> completedBy,
                                   boolean awaitingCorrection, List<Attempt> attempts, long secondsSpent,
                                   Optional<BigDecimal> score, Optional<Instant> statusAt, long version) {
    public LessonProgressRecord {
        Required.fields("learnerId lessonId status completedBy score statusAt",
                learnerId, lessonId, status, completedBy, score, statusAt);
        attempts = List.copyOf(attempts);
    }

    /** One attempt at the lesson: when, its status, its score when it had one. */
    public record Attempt(Instant at, String status, Optional<BigDecimal> score, long secondsSpent) {
        public Attempt {
            Required.fields("at status score", at, status, score);
        }
    }

    public LessonProgressRecord withVersion(long newVersion) {
        return new LessonProgressRecord(learnerId, lessonId, status, completedBy, awaitingCorrection, attempts,
                secondsSpent, score, statusAt, newVersion);
    }
}
