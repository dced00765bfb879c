package org.lmskit.core.certification;

import java.util.Optional;
import org.lmskit.core.id.QuestionId;

/** A question put during a program quiz, at its difficulty; empty {@code correct} while unanswered. */
public record AskedQuestion(QuestionId id, int difficulty, Optional<Boolean> correct) {
    /** Whether the learner answered this question. */
    public boolean answered() {
        return correct.isPresent();
    }
}
