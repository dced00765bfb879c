package org.lmskit.core.id;

/** Identifies a quiz attempt; 1 to 100 printable characters. */
public record QuizAttemptId(String value) {
    public QuizAttemptId {
        Identifiers.check("quizAttemptId", value);
    }

    /**
     * The id {@code value}; refused as invalid input naming the id field when blank, over 100 characters or holding a
     * control character or a lone surrogate.
     */
    public static QuizAttemptId of(String value) {
        return new QuizAttemptId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
