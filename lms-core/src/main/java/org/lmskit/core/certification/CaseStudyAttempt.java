package org.lmskit.core.certification;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.QuestionId;
import org.lmskit.core.id.UserId;

/**
 * A learner's final case study on a path, as the library shows it.
 *
 * @param caseStudyVersion the version of the path's case study it started on and keeps ({@link CaseStudyVersion})
 */
public record CaseStudyAttempt(UserId learner, PathId pathId, int caseStudyVersion, CaseStudyStatus status, Map<QuestionId, String> answers,
                               Map<QuestionId, BigDecimal> points, Optional<Grade> grade,
                               Optional<CertificationLevel> level, Optional<UserId> corrector, Optional<String> comment,
                               boolean reviewRequested, Instant startedAt, Optional<Instant> submittedAt,
                               Optional<Instant> correctedAt, long version) {
    public CaseStudyAttempt {
        answers = Map.copyOf(answers);
        points = Map.copyOf(points);
    }
}
