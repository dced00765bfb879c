package org.lmskit.core.adaptive;

import org.lmskit.core.domain.Instants;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.lmskit.core.competency.LevelGrid;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.error.ConflictException;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.NotFoundException;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.event.EventPublisher;
import org.lmskit.core.event.LmsEvent;
import org.lmskit.core.id.CourseId;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.ModuleId;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.internal.AuditWriter;
import org.lmskit.core.internal.Operations;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.StorageProvider;
import org.lmskit.spi.adaptive.EnrolmentRecord;
import org.lmskit.spi.adaptive.LessonProgressRecord;
import org.lmskit.spi.audit.FieldChange;

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
                () -> AdaptiveRecords.lesson(ctx.storage.courseCatalog().updateLesson(AdaptiveRecords.record(lesson))),
                s -> s.id().value(), s -> new FieldChange("targets", null, s.targets().size() + ""));
    }

    /** Adds a course, or replaces it from the version read (0: new). Its lessons must exist. */
    public Course defineCourse(Actor actor, Course course) {
        ctx.ops.permit(actor, ctx.access::defineCatalogue);
        Operations.required("course", course);
        return ctx.ops.define(actor, "course", course.version(), () -> ctx.lessons(course.lessons()),
                () -> AdaptiveRecords.course(ctx.storage.courseCatalog().insertCourse(AdaptiveRecords.record(course))),
                () -> AdaptiveRecords.course(ctx.storage.courseCatalog().updateCourse(AdaptiveRecords.record(course))),
                s -> s.id().value(), s -> new FieldChange("lessons", null, s.lessons().size() + ""));
    }

    /** Adds a path, or replaces it from the version read (0: new). Its lessons must exist. */
    public LearningPath definePath(Actor actor, LearningPath path) {
        ctx.ops.permit(actor, ctx.access::defineCatalogue);
        Operations.required("path", path);
        return ctx.ops.define(actor, "learning-path", path.version(), () -> ctx.lessons(path.lessons()),
                () -> AdaptiveRecords.path(ctx.storage.courseCatalog().insertPath(AdaptiveRecords.record(path))),
                () -> AdaptiveRecords.path(ctx.storage.courseCatalog().updatePath(AdaptiveRecords.record(path))),
                s -> s.id().value(), s -> new FieldChange("themes", null, s.themes().size() + ""));
    }

    private void requireKnownTargets(Lesson lesson) {
        for (Lesson.Target target : lesson.targets()) {
            if (!ctx.levels.exists(target.competency())) {
                throw new RuleRefusedException(AdaptiveRefusals.UNKNOWN_COMPETENCY, "targets",
                        "competency '" + target.competency() + "' is not in the catalogue");
            }
        }
    }

    public Lesson lesson(LessonId id) {
        return ctx.lesson(id);
    }

    public Course course(CourseId id) {
        return ctx.course(id);
    }

    public LearningPath path(PathId id) {
        return ctx.path(id);
    }
}
