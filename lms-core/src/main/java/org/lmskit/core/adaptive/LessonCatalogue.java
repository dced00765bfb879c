package org.lmskit.core.adaptive;

import org.lmskit.core.id.CompetencyCode;
import java.util.Set;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.id.CourseId;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.PathId;
import org.lmskit.core.internal.Operations;
import org.lmskit.core.security.Actor;

/** The adaptive catalogue: lessons with the competencies they target, courses in sections, learning paths. */
public final class LessonCatalogue {
    private final AdaptiveContext ctx;

    LessonCatalogue(AdaptiveContext ctx) {
        this.ctx = ctx;
    }

    /** Adds a lesson, or replaces it from the version read (0: new). Its competencies must exist. */
    public Lesson defineLesson(Actor actor, Lesson lesson) {
        ctx.ops.permit(actor, ctx.access::defineCatalogue);
        Operations.required("lesson", lesson);
        return ctx.ops.define(actor, "lesson", lesson.version(), () -> requireKnownTargets(lesson),
                () -> AdaptiveRecords.lesson(ctx.storage.courseCatalog().insertLesson(AdaptiveRecords.record(lesson))),
                () -> ctx.lesson(lesson.id()),
                () -> AdaptiveRecords.lesson(ctx.storage.courseCatalog().updateLesson(AdaptiveRecords.record(lesson))),
                s -> s.id().value(), s -> Operations.fields("title", s.title(), "kind", s.kind(),
                        "duration", s.duration(), "optional", s.optional(), "targets", s.targets().stream()
                                .map(t -> t.competency().value() + t.level().map(l -> " " + l).orElse("")).toList()));
    }

    /** Adds a course, or replaces it from the version read (0: new). Its lessons must exist. */
    public Course defineCourse(Actor actor, Course course) {
        ctx.ops.permit(actor, ctx.access::defineCatalogue);
        Operations.required("course", course);
        return ctx.ops.define(actor, "course", course.version(), () -> ctx.lessons(course.lessons()),
                () -> AdaptiveRecords.course(ctx.storage.courseCatalog().insertCourse(AdaptiveRecords.record(course))),
                () -> ctx.course(course.id()),
                () -> AdaptiveRecords.course(ctx.storage.courseCatalog().updateCourse(AdaptiveRecords.record(course))),
                s -> s.id().value(), s -> Operations.fields("title", s.title(),
                        "lessons", s.lessons().stream().map(LessonId::value).toList(),
                        "tutors", s.tutors().stream().map(org.lmskit.core.id.UserId::value).sorted().toList()));
    }

    /** Adds a path, or replaces it from the version read (0: new). Its lessons must exist. */
    public LearningPath definePath(Actor actor, LearningPath path) {
        ctx.ops.permit(actor, ctx.access::defineCatalogue);
        Operations.required("path", path);
        return ctx.ops.define(actor, "learning-path", path.version(), () -> ctx.lessons(path.lessons()),
                () -> AdaptiveRecords.path(ctx.storage.courseCatalog().insertPath(AdaptiveRecords.record(path))),
                () -> ctx.path(path.id()),
                () -> AdaptiveRecords.path(ctx.storage.courseCatalog().updatePath(AdaptiveRecords.record(path))),
                s -> s.id().value(), s -> Operations.fields("title", s.title(), "themes", s.themes().size(),
                        "lessons", s.lessons().stream().map(LessonId::value).toList(),
                        "locksWorkshops", s.locksWorkshops(), "workshops", s.workshops().size()));
    }

    private void requireKnownTargets(Lesson lesson) {
        Set<CompetencyCode> unknown = ctx.levels.unknown(lesson.targets().stream().map(Lesson.Target::competency)
                .toList());
        if (!unknown.isEmpty()) {
            throw new RuleRefusedException(AdaptiveRefusals.UNKNOWN_COMPETENCY, "targets",
                    "competency '" + unknown.iterator().next() + "' is not in the catalogue");
        }
    }

    /** A lesson of the catalogue; not found if there is none. */
    public Lesson lesson(LessonId id) {
        return ctx.lesson(id);
    }

    /** A course of the catalogue, its sections and tutors; not found if there is none. */
    public Course course(CourseId id) {
        return ctx.course(id);
    }

    /** A learning path, its themes, modules and workshops; not found if there is none. */
    public LearningPath path(PathId id) {
        return ctx.path(id);
    }
}
