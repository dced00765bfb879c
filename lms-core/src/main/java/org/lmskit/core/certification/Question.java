package org.lmskit.core.certification;

import java.util.List;
import java.util.Optional;
import org.lmskit.core.domain.Texts;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.QuestionId;
import org.lmskit.core.id.ThemeId;

/**
 * A multiple-choice question of the bank, for a theme's program quiz at a difficulty, and optionally
 * about a lesson (learning quizzes draw on those).
 */
public record Question(QuestionId id, ThemeId theme, int difficulty, Optional<LessonId> lesson, String prompt,
                       List<String> choices, int correctChoice) {
    public Question {
        if (id == null) {
            throw InvalidInputException.of("id", "is required");
        }
        if (theme == null) {
            throw InvalidInputException.of("theme", "is required");
        }
        if (difficulty < 1 || difficulty > 20) {
            throw InvalidInputException.of("difficulty", "must be between 1 and 20, was " + difficulty);
        }
        lesson = lesson == null ? Optional.empty() : lesson;
        Texts.paragraph("prompt", prompt, Texts.PARAGRAPH);
        if (choices == null || choices.size() < 2 || choices.size() > 10 || choices.stream().anyMatch(c -> c == null || c.isBlank())) {
            throw InvalidInputException.of("choices", "must hold 2 to 10 non-blank choices");
        }
        for (int i = 0; i < choices.size(); i++) {
            Texts.line("choices[" + i + "]", choices.get(i), Texts.PARAGRAPH);
        }
        choices = List.copyOf(choices);
        if (correctChoice < 0 || correctChoice >= choices.size()) {
            throw InvalidInputException.of("correctChoice", "must index one of the " + choices.size() + " choices");
        }
    }

    /** The question as shown to a learner: without its answer. */
    public QuizQuestion shown() {
        return new QuizQuestion(id, difficulty, prompt, choices);
    }
}
