package org.lmskit.core.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.lmskit.core.id.UserId;
import org.lmskit.core.policy.Decision;

class ReviewPolicyTest {
    private final ReviewPolicy policy = new ReviewPolicy();

    private static CaseStudyAttempt corrected(String grade, CaseStudyStatus status, boolean alreadyRequested) {
        Grade g = Grade.of(new BigDecimal(grade));
        return new CaseStudyAttempt(UserId.of("alice"), RecrutementEtSourcing.PATH, 1, status, Map.of(), Map.of(),
                Optional.of(g), Optional.of(GradingTable.ofDefaults().levelFor(g)), Optional.of(UserId.of("care")),
                Optional.empty(), alreadyRequested, Instant.EPOCH, Optional.of(Instant.EPOCH), Optional.of(Instant.EPOCH), 3);
    }

    /** Seed 003: "Sauf si tu as obtenu la note de 11/20". */
    @ParameterizedTest
    @CsvSource({"10.99, false", "11, true", "11.5, true", "11.99, true", "11.995, false", "12, false", "0, false"})
    void only_a_grade_of_11_out_of_20_may_be_reviewed(String grade, boolean allowed) {
        Decision decision = policy.mayRequest(corrected(grade, CaseStudyStatus.CORRECTED, false));

        assertThat(decision.isAllowed()).isEqualTo(allowed);
        if (!allowed) {
            assertThat(((Decision.Rejected) decision).rule()).isEqualTo(CertificationRefusals.REVIEW_GRADE);
        }
    }

    @Test
    void a_review_is_requested_once() {
        Decision decision = policy.mayRequest(corrected("11", CaseStudyStatus.REVIEWED, true));

        assertThat(decision).isEqualTo(Decision.rejected(CertificationRefusals.REVIEW_ONCE, "reviewRequested",
                "a review was already requested for this case study"));
    }

    @Test
    void a_copy_not_yet_corrected_cannot_be_reviewed() {
        assertThat(((Decision.Rejected) policy.mayRequest(corrected("11", CaseStudyStatus.SUBMITTED, false))).rule())
                .isEqualTo(CertificationRefusals.WRONG_STATUS);
    }
}
