package org.lmskit.core.id;

/** Identifies a course; 1 to 100 printable characters. */
public record CourseId(String value) {
    public CourseId {
        Identifiers.check("courseId", value);
    }

    public static CourseId of(String value) {
        return new CourseId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
