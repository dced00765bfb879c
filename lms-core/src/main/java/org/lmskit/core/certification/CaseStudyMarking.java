package org.lmskit.core.certification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.Violation;
import org.lmskit.core.id.QuestionId;

/**
 * Turns a corrector's points into a grade out of 20: the points given over the points possible,
 * times 20, rounded half-up to two decimals (then graded like any grade). Every question is scored,
 * each between 0 and its maximum.
 */
public final class CaseStudyMarking {
    private static final BigDecimal TWENTY = BigDecimal.valueOf(20);

    public Grade grade(List<CaseStudyQuestion> questions, Map<QuestionId, BigDecimal> points) {
        if (points == null) {
            throw InvalidInputException.of("points", "is required");
        }
        List<Violation> violations = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        BigDecimal possible = BigDecimal.ZERO;
        for (CaseStudyQuestion question : questions) {
            BigDecimal score = points.get(question.id());
            String field = "points." + question.id();
            if (score == null) {
                violations.add(new Violation(field, "is required: every question is scored"));
            } else if (score.signum() < 0 || score.compareTo(question.maxPoints()) > 0) {
                violations.add(new Violation(field, "must be between 0 and " + question.maxPoints().toPlainString()
                        + ", was " + score.toPlainString()));
            } else {
                given = given.add(score);
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
