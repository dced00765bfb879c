package org.lmskit.spi.certification;

import java.math.BigDecimal;
import org.lmskit.spi.Required;

/** One question of a path's final case study and the points a corrector may give it. */
public record CaseStudyQuestionRecord(String questionId, String prompt, BigDecimal maxPoints) {
    public CaseStudyQuestionRecord {
        Required.fields("questionId prompt maxPoints", questionId, prompt, maxPoints);
    }
}
