package org.lmskit.spi.certification;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A multiple-choice question of the bank: for a theme's program quiz at a difficulty level, and
 * optionally about one lesson (learning quizzes draw on those).
 *
 * @param correctChoice index into {@code choices}
 */
public record QuestionRecord(String questionId, String themeId, int difficulty, Optional<String> lessonId,
                             String prompt, List<String> choices, int correctChoice) {
    public QuestionRecord {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(themeId, "themeId");
        Objects.requireNonNull(lessonId, "lessonId");
        Objects.requireNonNull(prompt, "prompt");
        choices = List.copyOf(choices);
    }
}
