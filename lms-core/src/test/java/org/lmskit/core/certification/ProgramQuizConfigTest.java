package org.lmskit.core.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.Violation;

/** Seed 003's adaptive program quiz settings: each bound accepted on its edge and refused one step past it. */
class ProgramQuizConfigTest {
    private static final BigDecimal TEN = new BigDecimal("10.00");

    private static void refused(Runnable build, String field) {
        assertThatThrownBy(build::run).as(field).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly(field));
    }

    @Test
    void levels_from_2_to_20_and_a_start_level_among_them() {
        assertThat(new ProgramQuizConfig(2, 2, 1, 1, TEN, 1).levels()).isEqualTo(2);
        assertThat(new ProgramQuizConfig(20, 1, 1, 1, TEN, 1).startLevel()).isEqualTo(1);
        refused(() -> new ProgramQuizConfig(1, 1, 1, 1, TEN, 1), "levels");
        refused(() -> new ProgramQuizConfig(21, 1, 1, 1, TEN, 1), "levels");
        refused(() -> new ProgramQuizConfig(5, 0, 1, 1, TEN, 1), "startLevel");
        refused(() -> new ProgramQuizConfig(5, 6, 1, 1, TEN, 1), "startLevel");
    }

    @Test
    void answers_to_pass_or_stop_from_1_to_20_and_a_staircase_from_1_to_100() {
        assertThat(new ProgramQuizConfig(5, 1, 20, 20, TEN, 100).staircaseLength()).isEqualTo(100);
        refused(() -> new ProgramQuizConfig(5, 1, 0, 1, TEN, 1), "rightAnswersToPass");
        refused(() -> new ProgramQuizConfig(5, 1, 21, 1, TEN, 1), "rightAnswersToPass");
        refused(() -> new ProgramQuizConfig(5, 1, 1, 0, TEN, 1), "wrongAnswersToStop");
        refused(() -> new ProgramQuizConfig(5, 1, 1, 21, TEN, 1), "wrongAnswersToStop");
        refused(() -> new ProgramQuizConfig(5, 1, 1, 1, TEN, 0), "staircaseLength");
        refused(() -> new ProgramQuizConfig(5, 1, 1, 1, TEN, 101), "staircaseLength");
        refused(() -> new ProgramQuizConfig(5, 1, 1, 1, new BigDecimal("20.01"), 1), "passingScore");
    }

    @Test
    void the_withers_change_one_rule_and_keep_the_others() {
        ProgramQuizConfig defaults = ProgramQuizConfig.ofDefaults();

        assertThat(defaults.withAnswers(3, 4)).isEqualTo(new ProgramQuizConfig(5, 1, 3, 4, TEN, 10));
        assertThat(defaults.withPassingScore(new BigDecimal("12.50")))
                .isEqualTo(new ProgramQuizConfig(5, 1, 2, 2, new BigDecimal("12.50"), 10));
        assertThat(defaults.withLevels(7, 3)).isEqualTo(new ProgramQuizConfig(7, 3, 2, 2, TEN, 10));
    }
}
