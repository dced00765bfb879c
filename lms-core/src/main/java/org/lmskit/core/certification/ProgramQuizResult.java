package org.lmskit.core.certification;

import java.util.Optional;
import org.lmskit.core.id.ThemeId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.policy.Decision;

/** A learner's standing on a theme's program quiz: the best score kept, passed or not, and whether another attempt is allowed. */
public record ProgramQuizResult(UserId learner, ThemeId theme, int finishedAttempts, Optional<Grade> bestScore,
                                boolean passed, Decision retake) {
}
