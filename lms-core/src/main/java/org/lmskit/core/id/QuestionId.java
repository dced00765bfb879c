package org.lmskit.core.id;

/** Identifies a question; 1 to 100 printable characters. */
public record QuestionId(String value) {
    public QuestionId {
        Identifiers.check("questionId", value);
    }

    public static QuestionId of(String value) {
        return new QuestionId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
