package org.lmskit.core.id;

/** Identifies a question; 1 to 100 printable characters. */
public record QuestionId(String value) {
    public QuestionId {
        Identifiers.check("questionId", value);
    }

    /**
     * The id {@code value}; refused as invalid input naming the id field when blank, over 100 characters or holding a
     * control character or a lone surrogate.
     */
    public static QuestionId of(String value) {
        return new QuestionId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
