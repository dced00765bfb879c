package org.lmskit.core.certification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.QuestionId;
import org.lmskit.core.id.ThemeId;

/** A question bank for a theme: {@code perLevel} questions at each of {@code levels} levels; the right choice is always 0. */
final class QuizBank {
    private QuizBank() {
    }

    static List<Question> of(ThemeId theme, int levels, int perLevel) {
        List<Question> bank = new ArrayList<>();
        for (int level = 1; level <= levels; level++) {
            for (int i = 1; i <= perLevel; i++) {
                bank.add(new Question(QuestionId.of(theme + "-l" + level + "-q" + i), theme, level,
                        Optional.of(LessonId.of("lesson-" + level + "-" + i)), "Level " + level + " question " + i,
                        List.of("right", "wrong", "also wrong"), 0));
            }
        }
        return bank;
    }
}
