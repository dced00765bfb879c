package org.lmskit.core.id;

/** Identifies a lesson; 1 to 100 printable characters. */
public record LessonId(String value) {
    public LessonId {
        Identifiers.check("lessonId", value);
    }

    public static LessonId of(String value) {
        return new LessonId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
