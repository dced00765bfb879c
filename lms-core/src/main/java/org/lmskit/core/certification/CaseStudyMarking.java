package org.lmskit.core.certification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.internal.Checks;
import org.lmskit.core.id.QuestionId;

/**
 * Turns a corrector's points into a grade out of 20: the points given over the points possible,
 * times 20, rounded half-up to two decimals (then graded like any grade). Every question is scored,
 * each between 0 and its maximum with at most two decimals.
 */
public final class CaseStudyMarking {
    private static final BigDecimal TWENTY = BigDecimal.valueOf(20);

    /**
     * The grade of a marked copy; every question must be scored, between 0 and its maximum; every refused point is
     * named.
     */
    public Grade grade(List<CaseStudyQuestion> questions, Map<QuestionId, BigDecimal> points) {
        if (points == null) {
            throw InvalidInputException.of("points", "is required");
        }
        Checks checks = new Checks();
        BigDecimal given = BigDecimal.ZERO;
        BigDecimal possible = BigDecimal.ZERO;
        Set<QuestionId> asked = new HashSet<>();
        for (CaseStudyQuestion question : questions) {
            asked.add(question.id());
            BigDecimal score = points.get(question.id());
            String field = "points." + question.id();
            if (score == null) {
                checks.fail(field, "is required: every question is scored");
            } else {
                BigDecimal checked = checks.decimal(field, score, BigDecimal.ZERO, question.maxPoints(), 2);
                if (checks.passed()) {
                    given = given.add(checked); // never arithmetic on a refused value
                }
            }
            possible = possible.add(question.maxPoints());
        }
        points.keySet().stream().filter(id -> !asked.contains(id))
                .forEach(id -> checks.fail("points." + id, "is not a question of this case study"));
        checks.throwIfAny();
        return Grade.of(given.multiply(TWENTY).divide(possible, Grade.SCALE, RoundingMode.HALF_UP));
    }
}
