package org.lmskit.core.certification;

import java.time.Instant;
import java.util.List;
import org.lmskit.core.id.UserId;

/** A learning quiz: practice on lessons already viewed, with no bearing on certification. */
public record LearningQuiz(UserId learner, int sequence, List<QuizQuestion> questions, Instant deliveredAt) {
    public LearningQuiz {
        questions = List.copyOf(questions);
    }
}
