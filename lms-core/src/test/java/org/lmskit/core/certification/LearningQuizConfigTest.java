package org.lmskit.core.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.lmskit.core.error.InvalidInputException;

class LearningQuizConfigTest {
    private final LearningQuizConfig seed = LearningQuizConfig.ofDefaults();

    @Test
    void a_quiz_is_due_every_5_lessons_viewed() {
        assertThat(seed.due(4, 0, 50)).isEmpty();
        assertThat(seed.due(5, 0, 50)).isEqualTo(OptionalInt.of(1));
        assertThat(seed.due(9, 1, 50)).isEmpty();
        assertThat(seed.due(10, 1, 50)).isEqualTo(OptionalInt.of(2));
    }

    @Test
    void the_first_waits_for_10_questions_about_viewed_lessons() {
        assertThat(seed.due(5, 0, 9)).isEmpty();
        assertThat(seed.due(5, 0, 10)).isEqualTo(OptionalInt.of(1));
    }

    @Test
    void quizzes_missed_while_questions_were_short_come_one_at_a_time() {
        assertThat(seed.due(15, 0, 10)).isEqualTo(OptionalInt.of(1));
        assertThat(seed.due(15, 3, 10)).isEmpty();
    }

    @Test
    void invalid_settings_are_refused() {
        assertThatThrownBy(() -> new LearningQuizConfig(0, 10)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("lessonsPerQuiz");
        assertThatThrownBy(() -> new LearningQuizConfig(5, 0)).hasMessageContaining("questionsPerQuiz");
    }
}
