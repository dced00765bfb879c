/**
 * Stored state of adaptive courses (seeds 000, 001, 003): the lesson catalogue, courses and paths,
 * enrolments with the lessons adaptation waived, and each learner's progress per lesson.
 */
@API(status = STABLE, since = "0.1.0")
package org.lmskit.spi.adaptive;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
