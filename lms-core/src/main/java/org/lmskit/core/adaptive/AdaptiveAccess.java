package org.lmskit.core.adaptive;

import org.lmskit.core.directory.Directory;
import org.lmskit.core.id.UserId;
import org.lmskit.core.policy.Decision;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;

/**
 * Who may do what in adaptive courses, each rule a named {@link Decision} (seed 001, "Centre de tutorat";
 * seed 000, enrolments by managers): administrators define lessons, courses and paths and may do
 * everything; a learner's managers enrol them (mandatory or recommended) and a learner may enrol themself
 * (free); learners record their own attempts; the learner, their managers, tutors, trainers and
 * administrators read their progress; only the course's tutors correct statistics and see its tutoring
 * centre (administrators see it too).
 */
public final class AdaptiveAccess {
    public static final String ENROL = "adaptive.enrol";
    public static final String READ_PROGRESS = "adaptive.progress.read";
    public static final String TUTOR = "adaptive.tutor";
    public static final String CATALOGUE = "adaptive.catalogue";
    public static final String OWN_ATTEMPT = "adaptive.attempt.own";

    private final Directory directory;

    public AdaptiveAccess(Directory directory) {
        this.directory = directory;
    }

    /**
     * Who enrols a learner: administrators, the learner's managers, or the learner themself in a free enrolment (seed
     * 001).
     */
    public Decision enrol(Actor actor, UserId learner, EnrolmentType type) {
        if (actor.has(Role.ADMINISTRATOR) || actor.has(Role.MANAGER) && directory.managersOf(learner).contains(actor.id())
                || actor.id().equals(learner) && type == EnrolmentType.FREE) {
            return Decision.allowed();
        }
        return Decision.rejected(ENROL, "learnerId", "only administrators, " + learner
                + "'s managers, or the learner (free enrolment) enrol " + learner);
    }

    /** {@code course} is the course read, or null when the progress is not read through one. */
    public Decision readProgress(Actor actor, UserId learner, Course course) {
        if (actor.id().equals(learner) || actor.has(Role.ADMINISTRATOR) || actor.has(Role.TUTOR)
                || actor.has(Role.TRAINER) || course != null && course.isTutor(actor.id())
                || directory.managersOf(learner).contains(actor.id())) {
            return Decision.allowed();
        }
        return Decision.rejected(READ_PROGRESS, "learnerId", "only " + learner
                + ", their managers, tutors and administrators read their progress");
    }

    /** The course's tutors; administrators too when {@code administratorsToo} (they see, they do not correct). */
    public Decision tutor(Actor actor, Course course, boolean administratorsToo) {
        if (course.isTutor(actor.id()) || administratorsToo && actor.has(Role.ADMINISTRATOR)) {
            return Decision.allowed();
        }
        return Decision.rejected(TUTOR, "courseId", "only the tutors of '" + course.id() + "'"
                + (administratorsToo ? " and administrators" : "") + " may do this");
    }

    /** Lessons, courses and paths are defined by administrators. */
    public Decision defineCatalogue(Actor actor) {
        return actor.has(Role.ADMINISTRATOR) ? Decision.allowed() : Decision.rejected(CATALOGUE, null,
                "only administrators define lessons, courses and paths");
    }

    /** A learner records their own attempts; the platform (an administrator) records anyone's. */
    public Decision recordAttempt(Actor actor, UserId learner) {
        return actor.id().equals(learner) || actor.has(Role.ADMINISTRATOR) ? Decision.allowed()
                : Decision.rejected(OWN_ATTEMPT, "learnerId",
                "a learner records only their own attempts (or the platform, as an administrator)");
    }
}
