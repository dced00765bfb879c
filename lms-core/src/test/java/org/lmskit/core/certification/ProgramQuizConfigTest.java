package org.lmskit.core.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.Violation;

class ProgramQuizConfigTest {
    private static final ProgramQuizConfig DEFAULTS = ProgramQuizConfig.ofDefaults();

    private static void refused(Runnable build, String field) {
        assertThatThrownBy(build::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).contains(field));
    }

    @Test
    void the_defaults_are_five_levels_two_right_to_pass_two_wrong_to_stop() {
        assertThat(DEFAULTS).isEqualTo(new ProgramQuizConfig(5, 1, 2, 2, new BigDecimal("10.00"), 10));
    }

    @Test
    void each_invalid_value_is_refused_naming_it() {
        refused(() -> DEFAULTS.withLevels(1, 1), "levels");
        refused(() -> DEFAULTS.withLevels(21, 1), "levels");
        refused(() -> DEFAULTS.withLevels(5, 0), "startLevel");
        refused(() -> DEFAULTS.withLevels(5, 6), "startLevel");
        refused(() -> DEFAULTS.withAnswers(0, 2), "rightAnswersToPass");
        refused(() -> DEFAULTS.withAnswers(2, 0), "wrongAnswersToStop");
        refused(() -> DEFAULTS.withPassingScore(new BigDecimal("20.01")), "passingScore");
        refused(() -> DEFAULTS.withPassingScore(null), "passingScore");
        refused(() -> DEFAULTS.withStaircaseLength(0), "staircaseLength");
    }
}
