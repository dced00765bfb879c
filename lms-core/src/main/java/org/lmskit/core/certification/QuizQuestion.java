package org.lmskit.core.certification;

import java.util.List;
import org.lmskit.core.id.QuestionId;

/** A question as a learner sees it: no answer in it. */
public record QuizQuestion(QuestionId id, int difficulty, String prompt, List<String> choices) {
    public QuizQuestion {
        choices = List.copyOf(choices);
    }
}
