package org.lmskit.spi.certification;

import java.util.Objects;
import java.util.Optional;

/** A question put to the learner during a program quiz, its difficulty, and whether the answer was right (empty: not answered yet). */
public record AskedQuestionRecord(String questionId, int difficulty, Optional<Boolean> correct) {
    public AskedQuestionRecord {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(correct, "correct");
    }
}
