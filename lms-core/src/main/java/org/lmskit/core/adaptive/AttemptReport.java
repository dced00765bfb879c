package org.lmskit.core.adaptive;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import org.lmskit.core.error.InvalidInputException;

/**
 * What the player reports after a learner's try at a lesson: its status (not {@code NOT_STARTED}), an
 * optional score in percent (0 to 100, two decimals at most) and the time it took (0 to 24 hours).
 */
public record AttemptReport(LessonStatus status, Optional<BigDecimal> score, Duration timeSpent) {
    public AttemptReport {
        if (status == null || status == LessonStatus.NOT_STARTED) {
            throw InvalidInputException.of("status", "must be IN_PROGRESS, COMPLETED, PASSED or FAILED");
        }
        score = Scores.check("score", score);
        if (timeSpent == null || timeSpent.isNegative() || timeSpent.compareTo(Duration.ofHours(24)) > 0) {
            throw InvalidInputException.of("timeSpent", "must be 0 to 24 hours");
        }
    }
}
