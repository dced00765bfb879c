/**
 * Stored state of adaptive courses (seeds 000, 001, 003): the lesson catalogue, courses and paths,
 * enrolments with the lessons adaptation waived, and each learner's progress per lesson.
 */
package org.lmskit.spi.adaptive;
