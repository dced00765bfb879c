package org.lmskit.core.certification;

import java.math.BigDecimal;
import org.lmskit.core.domain.Decimals;
import org.lmskit.core.domain.Texts;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.id.QuestionId;

/** A question of a path's final case study and the most points a corrector may give it (more than 0, at most 1000, two decimals at most). */
public record CaseStudyQuestion(QuestionId id, String prompt, BigDecimal maxPoints) {
    /** The most points one question may be worth. */
    public static final BigDecimal MAX_POINTS = new BigDecimal("1000");

    public CaseStudyQuestion {
        if (id == null) {
            throw InvalidInputException.of("questions.id", "is required");
        }
        Texts.paragraph("questions[" + id + "].prompt", prompt, Texts.PARAGRAPH);
        maxPoints = Decimals.check("questions[" + id + "].maxPoints", maxPoints, BigDecimal.ZERO, MAX_POINTS, 2);
        if (maxPoints.signum() == 0) {
            throw InvalidInputException.of("questions[" + id + "].maxPoints", "must be more than 0");
        }
    }
}
