package org.lmskit.core.certification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lmskit.core.domain.Decimals;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.Violation;
import org.lmskit.core.id.QuestionId;

/**
 * Turns a corrector's points into a grade out of 20: the points given over the points possible,
 * times 20, rounded half-up to two decimals (then graded like any grade). Every question is scored,
 * each between 0 and its maximum with at most two decimals.
 */
public final class CaseStudyMarking {
    private static final BigDecimal TWENTY = BigDecimal.valueOf(20);
    private static final int MAX_UNKNOWN_REPORTED = 10;

    public Grade grade(List<CaseStudyQuestion> questions, Map<QuestionId, BigDecimal> points) {
        if (points == null) {
            throw InvalidInputException.of("points", "is required");
        }
        if (points.size() > questions.size() + MAX_UNKNOWN_REPORTED) {
            throw InvalidInputException.of("points", "must score the " + questions.size() + " questions, no more");
        }
        List<Violation> violations = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        BigDecimal possible = BigDecimal.ZERO;
        for (CaseStudyQuestion question : questions) {
            BigDecimal score = points.get(question.id());
            String field = "points." + question.id();
            if (score == null) {
                violations.add(new Violation(field, "is required: every question is scored"));
            } else {
                try {
                    given = given.add(Decimals.check(field, score, BigDecimal.ZERO, question.maxPoints(), 2));
                } catch (InvalidInputException e) {
                    violations.addAll(e.violations());
                }
            }
            possible = possible.add(question.maxPoints());
        }
        points.keySet().stream()
                .filter(id -> questions.stream().noneMatch(q -> q.id().equals(id)))
                .forEach(id -> violations.add(new Violation("points." + id, "is not a question of this case study")));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return Grade.of(given.multiply(TWENTY).divide(possible, Grade.SCALE, RoundingMode.HALF_UP));
    }
}
