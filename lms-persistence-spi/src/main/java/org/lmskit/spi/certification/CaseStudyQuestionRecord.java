package org.lmskit.spi.certification;

import java.math.BigDecimal;
import java.util.Objects;

/** One question of a path's final case study and the points a corrector may give it. */
public record CaseStudyQuestionRecord(String questionId, String prompt, BigDecimal maxPoints) {
    public CaseStudyQuestionRecord {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(maxPoints, "maxPoints");
    }
}
