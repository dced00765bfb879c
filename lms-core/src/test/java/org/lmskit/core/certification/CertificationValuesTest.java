package org.lmskit.core.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.Violation;
import org.lmskit.core.id.QuestionId;
import org.lmskit.core.id.ThemeId;

/** The certification values' own rules: equality, how they print, and each bound on both sides. */
class CertificationValuesTest {

    private static void refused(Runnable build, String field) {
        assertThatThrownBy(build::run).as(field).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly(field));
    }

    @Test
    void a_grade_is_equal_to_the_same_grade_whatever_its_written_scale_and_prints_over_20() {
        Grade grade = Grade.of(new BigDecimal("12.5"));

        assertThat(grade).isEqualTo(Grade.of(new BigDecimal("12.50"))).hasSameHashCodeAs(Grade.of(new BigDecimal("12.50")));
        assertThat(grade).isNotEqualTo(Grade.of(new BigDecimal("12.51"))).isNotEqualTo("12.50");
        assertThat(grade).hasToString("12.50/20");
    }

    @Test
    void a_grading_table_is_equal_only_to_the_same_three_thresholds() {
        GradingTable table = GradingTable.of(new BigDecimal("18"), new BigDecimal("15"), new BigDecimal("12"));

        assertThat(table).isEqualTo(GradingTable.ofDefaults()).hasSameHashCodeAs(GradingTable.ofDefaults());
        assertThat(table).isNotEqualTo(GradingTable.of(new BigDecimal("18"), new BigDecimal("15"), new BigDecimal("11")))
                .isNotEqualTo(GradingTable.of(new BigDecimal("18"), new BigDecimal("14"), new BigDecimal("12")))
                .isNotEqualTo(GradingTable.of(new BigDecimal("19"), new BigDecimal("15"), new BigDecimal("12")))
                .isNotEqualTo("table");
        assertThat(table.toString()).contains("gold=18.00", "silver=15.00", "bronze=12.00");
    }

    @Test
    void a_learning_quiz_takes_1_to_100_lessons_and_1_to_100_questions() {
        assertThat(new LearningQuizConfig(1, 100).questionsPerQuiz()).isEqualTo(100);
        assertThat(new LearningQuizConfig(100, 1).lessonsPerQuiz()).isEqualTo(100);
        refused(() -> new LearningQuizConfig(0, 10), "lessonsPerQuiz");
        refused(() -> new LearningQuizConfig(101, 10), "lessonsPerQuiz");
        refused(() -> new LearningQuizConfig(5, 0), "questionsPerQuiz");
        refused(() -> new LearningQuizConfig(5, 101), "questionsPerQuiz");
    }

    private static Question question(int difficulty, List<String> choices, int correct) {
        return new Question(QuestionId.of("q"), ThemeId.of("t"), difficulty, Optional.empty(), "Question ?", choices,
                correct);
    }

    @Test
    void a_question_has_a_difficulty_from_1_to_20_and_2_to_10_choices_one_of_them_right() {
        List<String> two = List.of("a", "b");
        List<String> ten = Collections.nCopies(10, "x");
        assertThat(question(1, two, 0).difficulty()).isEqualTo(1);
        assertThat(question(20, ten, 9).correctChoice()).isEqualTo(9);
        refused(() -> question(0, two, 0), "difficulty");
        refused(() -> question(21, two, 0), "difficulty");
        refused(() -> question(1, List.of("a"), 0), "choices");
        refused(() -> question(1, Collections.nCopies(11, "x"), 0), "choices");
        refused(() -> question(1, two, -1), "correctChoice");
        refused(() -> question(1, two, 2), "correctChoice");
    }
}
