package org.lmskit.core.id;

/** Identifies a course; 1 to 100 printable characters. */
public record CourseId(String value) {
    public CourseId {
        Identifiers.check("courseId", value);
    }

    /**
     * The id {@code value}; refused as invalid input naming the id field when blank, over 100 characters or holding a
     * control character or a lone surrogate.
     */
    public static CourseId of(String value) {
        return new CourseId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
