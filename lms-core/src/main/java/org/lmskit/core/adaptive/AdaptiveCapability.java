package org.lmskit.core.adaptive;

import org.lmskit.core.assembly.Ports;
import org.lmskit.core.competency.AcquiredLevels;
import org.lmskit.core.internal.Operations;

/**
 * The adaptive-course capability's services, assembled once by {@code Lms}: the catalogue, enrolments
 * (where adaptation happens), learners' attempts, progress views and the tutoring centre.
 */
public final class AdaptiveCapability {
    private final LessonCatalogue catalogue;
    private final Enrolments enrolments;
    private final LessonAttempts attempts;
    private final ProgressViews progress;
    private final Tutoring tutoring;

    AdaptiveCapability(AdaptiveContext ctx) {
        catalogue = new LessonCatalogue(ctx);
        enrolments = new Enrolments(ctx);
        attempts = new LessonAttempts(ctx);
        progress = new ProgressViews(ctx);
        tutoring = new Tutoring(ctx);
    }

    /**
     * Assembles the capability from the library's ports: {@code levels} answers which competencies exist and
     * what each learner acquired (the competency capability), {@code quizzes} who passed a theme's program quiz.
     */
    public static AdaptiveCapability assemble(Ports ports, AcquiredLevels levels,
                                              ProgramQuizOutcomes quizzes, AdaptiveSettings settings) {
        Operations ops = Operations.of(ports, "adaptive", AdaptiveEvent.Refused::new);
        return new AdaptiveCapability(new AdaptiveContext(ports.storage(), ops, ports.directory(), levels, quizzes,
                settings));
    }

    /** Lessons, courses and learning paths. */
    public LessonCatalogue catalogue() {
        return catalogue;
    }

    /** Enrolling, which adapts the course at once, and re-adapting. */
    public Enrolments enrolments() {
        return enrolments;
    }

    /** A learner's tries at lessons. */
    public LessonAttempts attempts() {
        return attempts;
    }

    /** A learner's progress on a lesson, a course, a path. */
    public ProgressViews progress() {
        return progress;
    }

    /** The tutoring centre, learners' reports and tutors' corrections. */
    public Tutoring tutoring() {
        return tutoring;
    }
}
