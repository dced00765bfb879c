package org.lmskit.core.adaptive;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.lmskit.core.domain.Instants;
import org.lmskit.core.error.InvalidInputException;

/**
 * Seed 001, "Modifier les statistiques": what a tutor changes on a learner's lesson. Every part is
 * optional; at least one must be given.
 *
 * @param clearAttempts "Effacer le nombre d'essai": forget the attempts (time and score stay unless set)
 */
public record TutorCorrection(Optional<LessonStatus> status, boolean clearAttempts, Optional<Instant> statusAt,
                              Optional<BigDecimal> score, Optional<Duration> timeSpent) {
    public TutorCorrection {
        status = status == null ? Optional.empty() : status;
        statusAt = Instants.checkOptional("statusAt", statusAt);
        score = Scores.check("score", score);
        timeSpent = timeSpent == null ? Optional.empty() : timeSpent;
        if (timeSpent.filter(t -> t.isNegative() || t.compareTo(Duration.ofDays(30)) > 0).isPresent()) {
            throw InvalidInputException.of("timeSpent", "must be 0 to 30 days");
        }
        if (status.isEmpty() && !clearAttempts && statusAt.isEmpty() && score.isEmpty() && timeSpent.isEmpty()) {
            throw InvalidInputException.of("correction", "changes nothing: give a status, a date, a score, a time"
                    + " or clear the attempts");
        }
    }
}
