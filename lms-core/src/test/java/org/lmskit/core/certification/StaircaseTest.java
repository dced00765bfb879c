package org.lmskit.core.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lmskit.core.id.QuestionId;

/** The staircase alternative: up one level on a right answer, down one on a wrong one, scored by the best level passed. */
class StaircaseTest {
    private static final ProgramQuizConfig CONFIG = ProgramQuizConfig.ofDefaults().withLevels(5, 3);
    private final Staircase staircase = new Staircase();

    private static AskedQuestion answered(int level, boolean right) {
        return new AskedQuestion(QuestionId.of("q" + level), level, Optional.of(right));
    }

    @Test
    void nothing_passed_before_the_first_right_answer() {
        assertThat(staircase.highestLevelPassed(CONFIG, List.of())).isEqualTo(2);
        assertThat(staircase.highestLevelPassed(CONFIG, List.of(answered(3, false)))).isEqualTo(2);
    }

    @Test
    void a_wrong_answer_steps_down_and_the_best_level_passed_stays() {
        List<AskedQuestion> walk = List.of(answered(3, true), answered(4, true), answered(5, false), answered(4, false),
                answered(3, true));

        assertThat(staircase.highestLevelPassed(CONFIG, walk)).isEqualTo(4);
        assertThat(staircase.next(CONFIG, walk)).isEqualTo(new QuizStep.Ask(4));
        assertThat(staircase.next(CONFIG, List.of(answered(3, false)))).isEqualTo(new QuizStep.Ask(2));
        assertThat(staircase.name()).isEqualTo("STAIRCASE");
    }
}
