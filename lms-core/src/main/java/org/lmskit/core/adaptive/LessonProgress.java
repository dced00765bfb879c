package org.lmskit.core.adaptive;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.UserId;

/**
 * A learner's own progress on a lesson, whatever course or path it was taken in.
 *
 * @param completedBy who set a done status ({@link CompletedBy#LEARNER} or {@link CompletedBy#TUTOR})
 * @param awaitingCorrection a mission handed in, not yet corrected (seed 001: "Missions à corriger")
 * @param timeSpent all attempts together, or what a tutor set
 * @param score the best score, or what a tutor set
 */
public record LessonProgress(UserId learner, LessonId lesson, LessonStatus status, Optional<CompletedBy> completedBy,
                             boolean awaitingCorrection, List<Attempt> attempts, Duration timeSpent,
                             Optional<BigDecimal> score, Optional<Instant> statusAt, long version) {
    public LessonProgress {
        attempts = List.copyOf(attempts);
    }

    static LessonProgress none(UserId learner, LessonId lesson) {
        return new LessonProgress(learner, lesson, LessonStatus.NOT_STARTED, Optional.empty(), false, List.of(),
                Duration.ZERO, Optional.empty(), Optional.empty(), 0);
    }

    /** One try at the lesson: when, how it ended, its score, the time it took. */
    public record Attempt(Instant at, LessonStatus status, Optional<BigDecimal> score, Duration timeSpent) {
    }
}
