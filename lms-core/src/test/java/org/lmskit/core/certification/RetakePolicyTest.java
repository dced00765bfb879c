package org.lmskit.core.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lmskit.core.id.QuizAttemptId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.policy.Decision;

class RetakePolicyTest {
    private final RetakePolicy policy = new RetakePolicy();

    private static ProgramQuizAttempt finished(String score) {
        Grade grade = Grade.of(new BigDecimal(score));
        return new ProgramQuizAttempt(QuizAttemptId.of("a"), UserId.of("alice"), RecrutementEtSourcing.PATH,
                RecrutementEtSourcing.SOURCING, 1, LevelLadder.NAME, true, List.of(), Optional.of(grade), 0,
                grade.value().compareTo(new BigDecimal("10")) >= 0, Instant.EPOCH, Optional.of(Instant.EPOCH), 2);
    }

    private Decision after(String... scores) {
        return policy.mayStart(java.util.Arrays.stream(scores).map(RetakePolicyTest::finished).toList());
    }

    @Test
    void attempts_are_unlimited_until_the_quiz_is_passed() {
        assertThat(after().isAllowed()).isTrue();
        assertThat(after("4", "8", "0", "8", "4").isAllowed()).isTrue();
    }

    @Test
    void after_a_pass_exactly_one_more_attempt_is_allowed() {
        assertThat(after("8", "12").isAllowed()).isTrue();
        assertThat(after("8", "12", "16")).isInstanceOfSatisfying(Decision.Rejected.class,
                r -> assertThat(r.rule()).isEqualTo(CertificationRefusals.QUIZ_IMPROVEMENT_USED));
        assertThat(after("12", "4")).isInstanceOfSatisfying(Decision.Rejected.class,
                r -> assertThat(r.rule()).isEqualTo(CertificationRefusals.QUIZ_IMPROVEMENT_USED));
    }

    @Test
    void never_after_20_out_of_20() {
        assertThat(after("20")).isInstanceOfSatisfying(Decision.Rejected.class,
                r -> assertThat(r.rule()).isEqualTo(CertificationRefusals.QUIZ_PERFECT_SCORE));
        assertThat(after("8", "20")).isInstanceOfSatisfying(Decision.Rejected.class,
                r -> assertThat(r.rule()).isEqualTo(CertificationRefusals.QUIZ_PERFECT_SCORE));
    }

    @Test
    void property_a_retake_sequence_never_allows_an_attempt_after_20() {
        // scores in steps of 4 (five levels): 0, 4, ..., 20; take attempts while allowed
        qt().forAll(lists().of(integers().between(0, 5)).ofSizeBetween(1, 12)).check(levels -> {
            List<ProgramQuizAttempt> taken = new ArrayList<>();
            for (int level : levels) {
                if (!policy.mayStart(taken).isAllowed()) {
                    break;
                }
                taken.add(finished(String.valueOf(level * 4)));
            }
            int firstPerfect = -1;
            for (int i = 0; i < taken.size(); i++) {
                if (taken.get(i).perfect()) {
                    firstPerfect = i;
                    break;
                }
            }
            long passes = taken.stream().filter(ProgramQuizAttempt::passed).count();
            int firstPass = taken.indexOf(taken.stream().filter(ProgramQuizAttempt::passed).findFirst().orElse(null));
            boolean nothingAfterPerfect = firstPerfect < 0 || firstPerfect == taken.size() - 1;
            boolean atMostOneAfterPass = firstPass < 0 || taken.size() - firstPass <= 2;
            return nothingAfterPerfect && atMostOneAfterPass && passes <= 2;
        });
    }
}
