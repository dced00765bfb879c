package org.lmskit.core.certification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.QuizAttemptId;
import org.lmskit.core.id.ThemeId;
import org.lmskit.core.id.UserId;

/** One attempt at a theme's program quiz; {@code seed} and {@code policy} replay it exactly. */
public record ProgramQuizAttempt(QuizAttemptId id, UserId learner, PathId pathId, ThemeId theme, long seed,
                                 String policy, boolean finished, List<AskedQuestion> asked, Optional<Grade> score,
                                 int highestLevelPassed, boolean passed, Instant startedAt, Optional<Instant> finishedAt,
                                 long version) {
    public ProgramQuizAttempt {
        asked = List.copyOf(asked);
    }

    /** The question waiting for an answer, if the attempt is still going. */
    public Optional<AskedQuestion> current() {
        if (finished || asked.isEmpty() || asked.get(asked.size() - 1).answered()) {
            return Optional.empty();
        }
        return Optional.of(asked.get(asked.size() - 1));
    }

    /** Whether the attempt scored 20/20. */
    public boolean perfect() {
        return score.filter(s -> s.value().compareTo(Grade.MAX) == 0).isPresent();
    }
}
