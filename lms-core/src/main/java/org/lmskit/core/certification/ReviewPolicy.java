package org.lmskit.core.certification;

import java.math.BigDecimal;
import org.lmskit.core.policy.Decision;

/**
 * Seed 003: "Sauf si tu as obtenu la note de 11/20 ... tu peux demander à revoir ta copie." With
 * decimals, a grade in [11, 12); once per case study.
 */
public final class ReviewPolicy {
    static final BigDecimal FROM = new BigDecimal("11.00");
    static final BigDecimal BELOW = new BigDecimal("12.00");

    /** Seed 003: a learner corrected at 11/20 (11.00 to 11.99) may ask once for a review of the corrected copy. */
    public Decision mayRequest(CaseStudyAttempt attempt) {
        if (attempt.reviewRequested()) {
            return Decision.rejected(CertificationRefusals.REVIEW_ONCE, "reviewRequested",
                    "a review was already requested for this case study");
        }
        if (attempt.status() != CaseStudyStatus.CORRECTED || attempt.grade().isEmpty()) {
            return Decision.rejected(CertificationRefusals.WRONG_STATUS, "status",
                    "a review is requested once the case study is corrected; it is " + attempt.status());
        }
        BigDecimal grade = attempt.grade().get().value();
        if (grade.compareTo(FROM) < 0 || grade.compareTo(BELOW) >= 0) {
            return Decision.rejected(CertificationRefusals.REVIEW_GRADE, "grade",
                    "a review is only for a grade of 11/20 (from 11.00 to 11.99), this one is " + grade.toPlainString());
        }
        return Decision.allowed();
    }
}
