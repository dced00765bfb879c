package org.lmskit.core.adaptive;

/** A learner's status on a lesson (seed 001: "Terminé", "Réussi", "Echoué", "En cours"). */
public enum LessonStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED,
    PASSED,
    FAILED;

    /** Completed or passed: the lesson counts as done in every course and path that contains it. */
    public boolean isDone() {
        return this == COMPLETED || this == PASSED;
    }
}
