package org.lmskit.core.adaptive;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lmskit.core.error.ConflictException;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.id.CourseId;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.internal.Operations;
import org.lmskit.core.security.Actor;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.adaptive.EnrolmentRecord;

/** Seed 001, "Centre de tutorat": the tutors' view of a course, a learner's report, audited corrections. */
public final class Tutoring {
    private final AdaptiveContext ctx;

    Tutoring(AdaptiveContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Seed 001, "Modifier les statistiques": a tutor of the course sets a learner's status, clears attempts,
     * sets the date, score or time spent. Audited field by field; from the version read (0: no record yet).
     */
    public LessonProgress correct(Actor actor, CourseId courseId, UserId learner, LessonId lessonId,
                                  TutorCorrection correction, long expectedVersion) {
        Operations.requireActor(actor);
        Operations.required("learnerId", learner);
        Operations.required("lessonId", lessonId);
        Operations.required("correction", correction);
        // the course, the tutor's right to it and the correction in one transaction (a refusal is published
        // once it has rolled back)
        return ctx.ops.write(() -> {
            Course course = ctx.course(courseId);
            ctx.ops.permit(actor, ctx.access.tutor(actor, course, false));
            if (!course.lessons().contains(lessonId)) {
                throw new RuleRefusedException(AdaptiveRefusals.LESSON_NOT_IN_COURSE, "lessonId",
                        "lesson '" + lessonId + "' is not in course '" + courseId + "'");
            }
            ctx.enrolmentOf(course, learner);
            LessonProgress current = ctx.progressOf(learner, lessonId);
            if (current.version() != expectedVersion) {
                throw new ConflictException(ConflictException.STALE_VERSION, "the progress of " + learner + " on '"
                        + lessonId + "' is at version " + current.version() + ", not " + expectedVersion
                        + "; read it again and retry", null);
            }
            Instant now = ctx.ops.now();
            LessonStatus status = correction.status().orElse(current.status());
            Optional<Instant> statusAt = correction.statusAt().map(a -> a.truncatedTo(java.time.temporal.ChronoUnit.MICROS))
                    .or(() -> correction.status().isPresent() ? Optional.of(now) : current.statusAt());
            LessonProgress next = new LessonProgress(learner, lessonId, status,
                    correction.status().isPresent() ? Optional.of(CompletedBy.TUTOR) : current.completedBy(),
                    correction.status().isEmpty() && current.awaitingCorrection(),
                    correction.clearAttempts() ? List.of() : current.attempts(),
                    correction.timeSpent().orElse(current.timeSpent()), correction.score().or(current::score),
                    statusAt, current.version());
            LessonProgress stored = ctx.save(current, next);
            ctx.audit.record(actor, AdaptiveContext.PROGRESS_TYPE, learner.value() + "/" + lessonId.value(), "corrected", ctx.changes(current,
                    stored));
            ctx.ops.publish(new AdaptiveEvent.ProgressCorrected(now, actor.id(), learner, lessonId, stored.status()));
            return stored;
        });
    }

    /** Seed 001, "Centre de tutorat": learners, counts by status, missions to correct, observations to do. */
    public AdaptiveViews.TutoringCentre tutoringCentre(Actor actor, CourseId courseId, Optional<EnrolmentType> type) {
        return ctx.ops.read(() -> tutoringCentreNow(actor, courseId, type));
    }

    private AdaptiveViews.TutoringCentre tutoringCentreNow(Actor actor, CourseId courseId, Optional<EnrolmentType> type) {
        Operations.requireActor(actor);
        Operations.required("type", type);
        Course course = ctx.course(courseId);
        ctx.ops.permit(actor, ctx.access.tutor(actor, course, true));
        Map<LessonId, Lesson> lessons = ctx.byId(ctx.lessons(course.lessons()));
        int learners = 0;
        int[] byStatus = new int[CourseStatus.values().length];
        int missions = 0;
        int observations = 0;
        // page after page from the last learner read: each page is sought along the (course, learner) key, so a
        // course of 100,000 learners is read once, not re-read up to each page with a count
        Optional<String> after = Optional.empty();
        while (true) {
            List<EnrolmentRecord> page = ctx.storage.enrolments().findByCourseAfter(courseId.value(), ctx.types(type),
                    after, PageRequest.MAX_LIMIT);
            if (page.isEmpty()) {
                break;
            }
            after = Optional.of(page.get(page.size() - 1).learnerId());
            for (Map.Entry<UserId, List<AdaptiveViews.LessonState>> e : ctx.states(course, lessons, page).entrySet()) {
                learners++;
                byStatus[Progressions.status(e.getValue()).ordinal()]++;
                for (AdaptiveViews.LessonState s : e.getValue()) {
                    if (s.kind() == LessonKind.MISSION && s.awaitingCorrection()) {
                        missions++;
                    }
                    if (s.kind() == LessonKind.OBSERVATION && !s.isDone()) {
                        observations++;
                    }
                }
            }
            if (page.size() < PageRequest.MAX_LIMIT) {
                break;
            }
        }
        return new AdaptiveViews.TutoringCentre(courseId, type, learners, byStatus[CourseStatus.NOT_STARTED.ordinal()],
                byStatus[CourseStatus.IN_PROGRESS.ordinal()], byStatus[CourseStatus.COMPLETED.ordinal()], missions,
                observations);
    }

    /** "Utilisateurs tutorés": status, progress and time of each enrolled learner, by learner id, paged. */
    public Page<AdaptiveViews.TutoredLearner> tutoredLearners(Actor actor, CourseId courseId,
                                                              Optional<EnrolmentType> type, PageRequest page) {
        return ctx.ops.read(() -> tutoredLearnersNow(actor, courseId, type, page));
    }

    private Page<AdaptiveViews.TutoredLearner> tutoredLearnersNow(Actor actor, CourseId courseId,
                                                                  Optional<EnrolmentType> type, PageRequest page) {
        Operations.requireActor(actor);
        Operations.required("type", type);
        Operations.required("page", page);
        Course course = ctx.course(courseId);
        ctx.ops.permit(actor, ctx.access.tutor(actor, course, true));
        Map<LessonId, Lesson> lessons = ctx.byId(ctx.lessons(course.lessons()));
        Page<EnrolmentRecord> enrolments = ctx.storage.enrolments().findByCourse(courseId.value(), ctx.types(type), page);
        Map<UserId, List<AdaptiveViews.LessonState>> states = ctx.states(course, lessons, enrolments.items());
        return enrolments.map(e -> {
            UserId learner = UserId.of(e.learnerId());
            List<AdaptiveViews.LessonState> s = states.get(learner);
            return new AdaptiveViews.TutoredLearner(learner, ctx.directory.displayName(learner),
                    EnrolmentType.valueOf(e.type()), Progressions.status(s), Progressions.percent(s),
                    Progressions.timeSpent(s));
        });
    }

    /** Seed 001, "Rapport de suivi": the course's composition with each lesson's attempts, and the connections. */
    public AdaptiveViews.LearnerReport learnerReport(Actor actor, CourseId courseId, UserId learner) {
        return ctx.ops.read(() -> learnerReportNow(actor, courseId, learner));
    }

    private AdaptiveViews.LearnerReport learnerReportNow(Actor actor, CourseId courseId, UserId learner) {
        Operations.requireActor(actor);
        Operations.required("learnerId", learner);
        Course course = ctx.course(courseId);
        ctx.ops.permit(actor, ctx.access.tutor(actor, course, true));
        Enrolment enrolment = ctx.enrolmentOf(course, learner);
        AdaptiveContext.LearnerLessons mine = ctx.learnerLessons(learner, course.lessons());
        List<AdaptiveViews.ReportLine> lines = new ArrayList<>();
        List<AdaptiveViews.LessonState> all = new ArrayList<>();
        List<AdaptiveViews.Connection> connections = new ArrayList<>();
        for (Course.Section section : course.sections()) {
            for (LessonId id : section.lessons()) {
                AdaptiveViews.LessonState state = mine.state(id);
                List<LessonProgress.Attempt> attempts = mine.own().containsKey(id) ? mine.own().get(id).attempts()
                        : List.of();
                lines.add(new AdaptiveViews.ReportLine(section.title(), state, attempts));
                all.add(state);
                attempts.forEach(a -> connections.add(new AdaptiveViews.Connection(a.at(), id, state.title(),
                        a.timeSpent())));
            }
        }
        connections.sort(Comparator.comparing(AdaptiveViews.Connection::at)
                .thenComparing(c -> c.lesson().value()));
        return new AdaptiveViews.LearnerReport(courseId, learner, ctx.directory.displayName(learner), enrolment.type(),
                enrolment.enrolledAt(), enrolment.dueOn(), Progressions.status(all), Progressions.percent(all),
                Progressions.timeSpent(all),
                connections.isEmpty() ? Optional.empty() : Optional.of(connections.get(0).at()),
                connections.isEmpty() ? Optional.empty() : Optional.of(connections.get(connections.size() - 1).at()),
                lines, connections);
    }

}
