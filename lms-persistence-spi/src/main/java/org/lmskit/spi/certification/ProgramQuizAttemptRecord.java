package org.lmskit.spi.certification;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.lmskit.spi.Required;

/**
 * One attempt at a theme's program quiz. {@code seed} and {@code policy} make it replayable; the
 * asked questions keep their order and difficulty.
 */
public record ProgramQuizAttemptRecord(String attemptId, String learnerId, String pathId, String themeId, long seed,
                                       String policy, String status, List<AskedQuestionRecord> asked,
                                       Optional<BigDecimal> score, int highestLevelPassed, boolean passed,
                                       Instant startedAt, Optional<Instant> finishedAt, long version) {
    public ProgramQuizAttemptRecord {
        Required.fields("attemptId learnerId pathId themeId policy status score startedAt finishedAt",
                attemptId, learnerId, pathId, themeId, policy, status, score, startedAt, finishedAt);
        asked = List.copyOf(asked);
    }

    public ProgramQuizAttemptRecord withVersion(long newVersion) {
        return new ProgramQuizAttemptRecord(attemptId, learnerId, pathId, themeId, seed, policy, status, asked, score,
                highestLevelPassed, passed, startedAt, finishedAt, newVersion);
    }
}
