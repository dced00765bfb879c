package org.lmskit.core.adaptive;

import com.google.common.collect.SetMultimap;
import org.lmskit.core.domain.Instants;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lmskit.core.competency.LevelGrid;
import org.lmskit.core.error.ConflictException;
import org.lmskit.core.id.CourseId;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.internal.Operations;
import org.lmskit.core.security.Actor;
import org.lmskit.spi.adaptive.EnrolmentRecord;
import org.lmskit.spi.audit.FieldChange;

/**
 * Enrolments and adaptation (seed 000, "Parcours adaptatif"): enrolling adapts the course at once, every
 * lesson whose targeted competencies are all acquired at their target level completing itself, recorded as
 * waived with its reason; re-adapting applies new positionings.
 */
public final class Enrolments {
    private static final int CHUNK = 1000;
    private final AdaptiveContext ctx;

    Enrolments(AdaptiveContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Enrols a learner and adapts the course at once: every lesson whose targeted competencies are all
     * acquired at their target level is completed by the system, recorded as waived with its reason.
     */
    public Enrolment enrol(Actor actor, CourseId courseId, UserId learner, EnrolmentType type, Optional<LocalDate> dueOn) {
        Operations.required("learnerId", learner);
        AdaptiveViews.EnrolmentReport report = enrolAll(actor, courseId, List.of(learner), type, dueOn);
        if (!report.alreadyEnrolled().isEmpty()) {
            throw new ConflictException(ConflictException.ALREADY_EXISTS, learner + " is already enrolled in '"
                    + courseId + "'", null);
        }
        return ctx.enrolmentOf(ctx.course(courseId), learner);
    }

    /**
     * Enrols many learners, a thousand per transaction, reading their competencies once per thousand.
     * Learners already enrolled are skipped and listed, not refused.
     */
    public AdaptiveViews.EnrolmentReport enrolAll(Actor actor, CourseId courseId, Collection<UserId> learners,
                                                  EnrolmentType type, Optional<LocalDate> dueOn) {
        Operations.requireActor(actor);
        Operations.required("courseId", courseId);
        Operations.required("learners", learners);
        Operations.required("type", type);
        Operations.required("dueOn", dueOn);
        Instants.checkOptionalDate("dueOn", dueOn);
        List<UserId> all = List.copyOf(new LinkedHashSet<>(learners));
        for (UserId learner : all) {
            ctx.ops.permit(actor, ctx.access.enrol(actor, learner, type));
        }
        // the course and its lessons in one read-only transaction; each chunk then commits once
        Course course = ctx.ops.read(() -> ctx.course(courseId));
        List<Lesson> lessons = ctx.ops.read(() -> ctx.lessons(course.lessons()));
        List<UserId> already = new ArrayList<>();
        int enrolled = 0;
        long waived = 0;
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<UserId> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            List<Enrolment> done = ctx.ops.write(() -> enrolChunk(actor, course, lessons, chunk, type, dueOn, already));
            enrolled += done.size();
            for (Enrolment e : done) {
                waived += e.waived().size();
            }
        }
        return new AdaptiveViews.EnrolmentReport(courseId, enrolled, already, waived);
    }

    private List<Enrolment> enrolChunk(Actor actor, Course course, List<Lesson> lessons, List<UserId> chunk,
                                       EnrolmentType type, Optional<LocalDate> dueOn, List<UserId> already) {
        Set<String> enrolledHere = new HashSet<>();
        for (EnrolmentRecord e : ctx.storage.enrolments().findByLearners(ctx.ids(chunk))) {
            if (e.courseId().equals(course.id().value())) {
                enrolledHere.add(e.learnerId());
            }
        }
        List<UserId> fresh = new ArrayList<>(chunk.size());
        for (UserId learner : chunk) {
            if (enrolledHere.contains(learner.value())) {
                already.add(learner);
            } else {
                fresh.add(learner);
            }
        }
        if (fresh.isEmpty()) {
            return List.of();
        }
        LevelGrid grid = ctx.levels.grid(fresh, AutoCompletion.competencies(lessons));
        AutoCompletion adaptation = AutoCompletion.compile(lessons, grid);
        SetMultimap<String, LessonId> ownDone = ctx.ownDone(fresh, course.lessons());
        Instant now = ctx.ops.now();
        List<Enrolment> done = new ArrayList<>(fresh.size());
        for (UserId learner : fresh) {
            List<Enrolment.Waiver> waivers = adaptation.waivers(grid.row(learner),
                    ownDone.get(learner.value()));
            Optional<Instant> adaptedAt = waivers.isEmpty() ? Optional.empty() : Optional.of(now);
            ctx.storage.enrolments().insert(new EnrolmentRecord(course.id().value(), learner.value(), type.name(), now,
                    dueOn, actor.id().value(), adaptation.stored(waivers), adaptedAt, 0));
            done.add(new Enrolment(course.id(), learner, type, now, dueOn, actor.id(), waivers, adaptedAt, 1));
            ctx.ops.publish(new AdaptiveEvent.Enrolled(now, course.id(), learner, type, waivers));
        }
        return done;
    }

    /**
     * Adapts an enrolled learner's course again (e.g. after new positionings); idempotent: nothing changes
     * when nothing new is acquired. A lost competency reopens its waived lessons only when
     * {@link AdaptiveSettings#reopenOnLoss()} is on.
     */
    public Enrolment readapt(Actor actor, CourseId courseId, UserId learner) {
        Operations.requireActor(actor);
        Operations.required("learnerId", learner);
        ctx.ops.permit(actor, ctx.access.enrol(actor, learner, EnrolmentType.FREE));
        return ctx.ops.write(() -> {
            Course course = ctx.course(courseId);
            Enrolment current = ctx.enrolmentOf(course, learner);
            List<Lesson> lessons = ctx.lessons(course.lessons());
            LevelGrid grid = ctx.levels.grid(List.of(learner), AutoCompletion.competencies(lessons));
            List<Enrolment.Waiver> now = AutoCompletion.compile(lessons, grid).waivers(grid.row(learner),
                    ctx.ownDone(List.of(learner), course.lessons()).get(learner.value()));
            Map<LessonId, Enrolment.Waiver> next = new LinkedHashMap<>();
            if (!ctx.settings.reopenOnLoss()) {
                current.waived().forEach(w -> next.put(w.lesson(), w));
            }
            now.forEach(w -> next.putIfAbsent(w.lesson(), w));
            List<Enrolment.Waiver> ordered = course.lessons().stream().filter(next::containsKey).map(next::get).toList();
            Set<LessonId> before = current.waived().stream().map(Enrolment.Waiver::lesson).collect(Collectors.toSet());
            Set<LessonId> after = next.keySet();
            if (before.equals(after)) {
                return current;
            }
            Instant at = ctx.ops.now();
            Enrolment updated = AdaptiveRecords.enrolment(ctx.storage.enrolments().update(AdaptiveRecords.record(
                    new Enrolment(current.course(), learner, current.type(), current.enrolledAt(), current.dueOn(),
                            current.enrolledBy(), ordered, ordered.isEmpty() ? Optional.empty() : Optional.of(at),
                            current.version()))));
            List<LessonId> added = after.stream().filter(l -> !before.contains(l)).toList();
            List<LessonId> reopened = before.stream().filter(l -> !after.contains(l)).toList();
            // which lessons were waived before and after, in the course's order
            ctx.audit.record(actor, AdaptiveContext.ENROLMENT_TYPE, courseId.value() + "/" + learner.value(), "readapted", List.of(
                    new FieldChange("waived", inCourseOrder(course, before), inCourseOrder(course, after))));
            ctx.ops.publish(new AdaptiveEvent.Readapted(at, courseId, learner, added, reopened));
            return updated;
        });
    }

    /**
     * A learner's enrolment in a course, with the lessons adaptation waived; read by the rule of {@link
     * AdaptiveAccess#readProgress}.
     */
    public Enrolment enrolment(Actor actor, CourseId courseId, UserId learner) {
        Operations.requireActor(actor);
        Operations.required("courseId", courseId);
        Operations.required("learner", learner);
        Course course = ctx.course(courseId);
        ctx.ops.permit(actor, ctx.access.readProgress(actor, learner, course));
        return ctx.enrolmentOf(course, learner);
    }


    private static String inCourseOrder(Course course, Set<LessonId> lessons) {
        return lessons.isEmpty() ? null : course.lessons().stream().filter(lessons::contains).map(LessonId::value)
                .collect(Collectors.joining(","));
    }
}
