package org.lmskit.spi.certification;

import java.util.List;
import java.util.Optional;
import org.lmskit.spi.Required;

/**
 * A multiple-choice question of the bank: for a theme's program quiz at a difficulty level, and
 * optionally about one lesson (learning quizzes draw on those).
 *
 * @param correctChoice index into {@code choices}
 */
public record QuestionRecord(String questionId, String themeId, int difficulty, Optional<String> lessonId,
                             String prompt, List<String> choices, int correctChoice) {
    public QuestionRecord {
        Required.fields("questionId themeId lessonId prompt", questionId, themeId, lessonId, prompt);
        choices = List.copyOf(choices);
    }
}
