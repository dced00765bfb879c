package org.lmskit.core.id;

/** Identifies a lesson; 1 to 100 printable characters. */
public record LessonId(String value) {
    public LessonId {
        Identifiers.check("lessonId", value);
    }

    /**
     * The id {@code value}; refused as invalid input naming the id field when blank, over 100 characters or holding a
     * control character or a lone surrogate.
     */
    public static LessonId of(String value) {
        return new LessonId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
