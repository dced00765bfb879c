package org.lmskit.core.adaptive;

/** What a lesson is (seed 001: e-learning modules, practical sheets, quizzes, webinars; missions and
 * observations; seed 003: videos). */
public enum LessonKind {
    E_LEARNING,
    PRACTICAL_SHEET,
    QUIZ,
    WEBINAR,
    MISSION,
    OBSERVATION,
    VIDEO
}
