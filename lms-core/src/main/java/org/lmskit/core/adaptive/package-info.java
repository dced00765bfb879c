/**
 * Adaptive courses (seeds 000, 001, 003): lessons whose competencies are already acquired complete
 * themselves on enrolment, progress is kept per learner and lesson so it carries across courses and
 * paths, themes validate, workshops unlock, tutors correct and follow their learners.
 * Entry point: {@link org.lmskit.core.adaptive.AdaptiveCapability} ({@code lms.adaptive()}).
 */
@API(status = STABLE, since = "0.1.0")
package org.lmskit.core.adaptive;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
