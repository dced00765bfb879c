package org.lmskit.core.adaptive;

/** The machine-readable codes of the adaptive capability's refusals. */
public final class AdaptiveRefusals {
    /** The lesson is not in the course. */
    public static final String LESSON_NOT_IN_COURSE = "adaptive.lesson.not-in-course";
    /** The learner is not enrolled in the course. */
    public static final String NOT_ENROLLED = "adaptive.enrolment.none";
    /** A course or path names a lesson the catalogue does not hold. */
    public static final String UNKNOWN_LESSON = "adaptive.lesson.unknown";
    /** A lesson targets a competency the competency catalogue does not hold. */
    public static final String UNKNOWN_COMPETENCY = "adaptive.competency.unknown";

    private AdaptiveRefusals() {
    }
}
