package org.lmskit.core.adaptive;

/** A learner's standing in a course or a theme (seed 001: "Non commencé, En cours, Terminé"). */
public enum CourseStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED
}
