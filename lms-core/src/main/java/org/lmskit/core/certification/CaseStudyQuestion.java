package org.lmskit.core.certification;

import java.math.BigDecimal;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.id.QuestionId;

/** A question of a path's final case study and the most points a corrector may give it (more than 0, two decimals at most). */
public record CaseStudyQuestion(QuestionId id, String prompt, BigDecimal maxPoints) {
    public CaseStudyQuestion {
        if (id == null) {
            throw InvalidInputException.of("questions.id", "is required");
        }
        if (prompt == null || prompt.isBlank()) {
            throw InvalidInputException.of("questions[" + id + "].prompt", "is required");
        }
        if (maxPoints == null || maxPoints.signum() <= 0 || maxPoints.stripTrailingZeros().scale() > 2) {
            throw InvalidInputException.of("questions[" + id + "].maxPoints",
                    "must be more than 0 with at most two decimals");
        }
    }
}
