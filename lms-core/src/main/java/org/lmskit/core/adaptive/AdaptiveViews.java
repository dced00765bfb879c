package org.lmskit.core.adaptive;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lmskit.core.id.CourseId;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.ModuleId;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.ThemeId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.id.WorkshopId;

/** What the adaptive capability shows: computed on read from lessons, progress and waivers. */
public final class AdaptiveViews {
    private AdaptiveViews() {
    }

    /**
     * A lesson as the learner stands on it. The status is the learner's own when done, a tutor's when a tutor
     * set it, a waiver's COMPLETED when the adaptive rule completed it, else the learner's own.
     */
    public record LessonState(LessonId lesson, String title, LessonKind kind, boolean optional, Duration duration,
                              LessonStatus status, Optional<CompletedBy> completedBy, Optional<String> waiverReason,
                              Optional<BigDecimal> score, int attempts, Duration timeSpent, Optional<Instant> statusAt,
                              boolean awaitingCorrection) {
        /** Whether the lesson counts as done: completed by the learner, by a tutor, or by the adaptive rule. */
        public boolean isDone() {
            return status.isDone();
        }
    }

    /** A section of a course with the state of each of its lessons. */
    public record SectionProgress(String title, List<LessonState> lessons) {
        public SectionProgress {
            lessons = List.copyOf(lessons);
        }
    }

    /**
     * A learner in a course (seed 001): status, percentage of the non-optional lessons done (rounded down:
     * 5 of 6 is 83 %), time spent on the course's lessons, and whether the course was adapted.
     */
    public record CourseProgress(CourseId course, UserId learner, CourseStatus status, int percent, Duration timeSpent,
                                 boolean adapted, List<SectionProgress> sections) {
        public CourseProgress {
            sections = List.copyOf(sections);
        }
    }

    /** How a theme was validated (seed 003): by its program quiz, or by all its non-optional lessons. */
    public enum ValidatedBy {
        PROGRAM_QUIZ,
        LESSONS
    }

    /**
     * A theme of a path as a learner stands in it (seed 003): % of its lessons done, and whether and how it is
     * validated.
     */
    public record ThemeProgress(ThemeId theme, String title, boolean programQuiz, int percent, boolean validated,
                                Optional<ValidatedBy> validatedBy, List<LessonId> missingLessons,
                                List<ModuleId> completeModules) {
        public ThemeProgress {
            missingLessons = List.copyOf(missingLessons);
            completeModules = List.copyOf(completeModules);
        }
    }

    /** A workshop's lock (seed 003): open, or the modules still to finish. */
    public record WorkshopState(WorkshopId workshop, String title, boolean unlocked, List<ModuleId> missingModules) {
        public WorkshopState {
            missingModules = List.copyOf(missingModules);
        }
    }

    /**
     * A learner on a path: per theme, per workshop, and the path time counting one viewing per lesson
     * (seed 003: "Cela ne compte qu'un seul visionnage d'une même leçon").
     */
    public record PathProgress(PathId path, UserId learner, CourseStatus status, int percent, Duration timeCountedOnce,
                               List<ThemeProgress> themes, List<WorkshopState> workshops) {
        public PathProgress {
            themes = List.copyOf(themes);
            workshops = List.copyOf(workshops);
        }
    }

    /** Seed 001, "Centre de tutorat": the counters and the pie chart's data. */
    public record TutoringCentre(CourseId course, Optional<EnrolmentType> enrolmentType, int learners, int notStarted,
                                 int inProgress, int completed, int missionsToCorrect, int observationsToDo) {
    }

    /** A row of "Utilisateurs tutorés". */
    public record TutoredLearner(UserId learner, String name, EnrolmentType enrolmentType, CourseStatus status,
                                 int percent, Duration timeSpent) {
    }

    /** One lesson of a learner report: its section, state and attempts. */
    public record ReportLine(String section, LessonState state, List<LessonProgress.Attempt> attempts) {
        public ReportLine {
            attempts = List.copyOf(attempts);
        }
    }

    /** One connection of a learner report: when, to which lesson, for how long. */
    public record Connection(Instant at, LessonId lesson, String title, Duration timeSpent) {
    }

    /** Seed 001, "Rapport de suivi d'un apprenant dans une formation". */
    public record LearnerReport(CourseId course, UserId learner, String name, EnrolmentType enrolmentType,
                                Instant enrolledAt, Optional<LocalDate> dueOn, CourseStatus status, int percent,
                                Duration totalTime, Optional<Instant> firstConnection, Optional<Instant> lastConnection,
                                List<ReportLine> composition, List<Connection> connections) {
        public LearnerReport {
            composition = List.copyOf(composition);
            connections = List.copyOf(connections);
        }
    }

    /** What a batch enrolment did. */
    public record EnrolmentReport(CourseId course, int enrolled, List<UserId> alreadyEnrolled, long lessonsWaived) {
        public EnrolmentReport {
            alreadyEnrolled = List.copyOf(alreadyEnrolled);
        }
    }
}
