package org.lmskit.spi.certification;

import java.util.Optional;
import org.lmskit.spi.Required;

/** A question put to the learner during a program quiz, its difficulty, and whether the answer was right (empty: not answered yet). */
public record AskedQuestionRecord(String questionId, int difficulty, Optional<Boolean> correct) {
    public AskedQuestionRecord {
        Required.fields("questionId correct", questionId, correct);
    }
}
