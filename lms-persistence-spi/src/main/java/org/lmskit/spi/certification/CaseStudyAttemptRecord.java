package org.lmskit.spi.certification;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.lmskit.spi.Required;

/**
 * A learner's final case study on a path: answers (question id -> text), the corrector's points
 * (question id -> points), the grade and level they gave, and the life-cycle status as a name.
 *
 * @param caseStudyVersion the version of the path's case study the attempt started on, from 1; it keeps it
 */
public record CaseStudyAttemptRecord(String learnerId, String pathId, int caseStudyVersion, String status,
                                     Map<String, String> answers,
                                     Map<String, BigDecimal> points, Optional<BigDecimal> grade, Optional<String> level,
                                     Optional<String> correctorId, Optional<String> comment, boolean reviewRequested,
                                     Instant startedAt, Optional<Instant> submittedAt, Optional<Instant> correctedAt,
                                     long version) {
    public CaseStudyAttemptRecord {
        Required.fields("learnerId pathId status grade level correctorId comment startedAt submittedAt correctedAt",
                learnerId, pathId, status, grade, level, correctorId, comment, startedAt, submittedAt, correctedAt);
        if (caseStudyVersion < 1) {
            throw new IllegalArgumentException("caseStudyVersion is numbered from 1, not " + caseStudyVersion);
        }
        answers = Map.copyOf(answers);
        points = Map.copyOf(points);
    }

    public CaseStudyAttemptRecord withVersion(long newVersion) {
        return new CaseStudyAttemptRecord(learnerId, pathId, caseStudyVersion, status, answers, points, grade, level, correctorId, comment,
                reviewRequested, startedAt, submittedAt, correctedAt, newVersion);
    }
}
