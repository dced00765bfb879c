package org.lmskit.spi.certification;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A learner's final case study on a path: answers (question id -> text), the corrector's points
 * (question id -> points), the grade and level they gave, and the life-cycle status as a name.
 */
public record CaseStudyAttemptRecord(String learnerId, String pathId, String status, Map<String, String> answers,
                                     Map<String, BigDecimal> points, Optional<BigDecimal> grade, Optional<String> level,
                                     Optional<String> correctorId, Optional<String> comment, boolean reviewRequested,
                                     Instant startedAt, Optional<Instant> submittedAt, Optional<Instant> correctedAt,
                                     long version) {
    public CaseStudyAttemptRecord {
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(pathId, "pathId");
        Objects.requireNonNull(status, "status");
        answers = Map.copyOf(answers);
        points = Map.copyOf(points);
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(correctorId, "correctorId");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(correctedAt, "correctedAt");
    }

    public CaseStudyAttemptRecord withVersion(long newVersion) {
        return new CaseStudyAttemptRecord(learnerId, pathId, status, answers, points, grade, level, correctorId, comment,
                reviewRequested, startedAt, submittedAt, correctedAt, newVersion);
    }
}
