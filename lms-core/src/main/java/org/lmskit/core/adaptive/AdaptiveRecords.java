package org.lmskit.core.adaptive;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.lmskit.core.competency.LevelValue;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.CourseId;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.ModuleId;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.ThemeId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.id.WorkshopId;
import org.lmskit.spi.adaptive.CourseRecord;
import org.lmskit.spi.adaptive.EnrolmentRecord;
import org.lmskit.spi.adaptive.LessonProgressRecord;
import org.lmskit.spi.adaptive.LessonRecord;
import org.lmskit.spi.adaptive.PathRecord;

/** Maps the capability's model to the SPI's stored records, and back. */
final class AdaptiveRecords {
    private AdaptiveRecords() {
    }

    static LessonRecord record(Lesson l) {
        return new LessonRecord(l.id().value(), l.title(), l.kind().name(), l.duration().getSeconds(), l.optional(),
                l.targets().stream().map(t -> new LessonRecord.Target(t.competency().value(),
                        t.level().flatMap(LevelValue::code))).toList(), l.version());
    }

    static Lesson lesson(LessonRecord r) {
        return new Lesson(LessonId.of(r.lessonId()), r.title(), LessonKind.valueOf(r.kind()),
                Duration.ofSeconds(r.durationSeconds()), r.optional(),
                r.targets().stream().map(t -> new Lesson.Target(CompetencyCode.of(t.competencyCode()),
                        t.levelCode().map(LevelValue::of))).toList(), r.version());
    }

    static CourseRecord record(Course c) {
        return new CourseRecord(c.id().value(), c.title(), c.sections().stream()
                .map(s -> new CourseRecord.Section(s.title(), s.lessons().stream().map(LessonId::value).toList()))
                .toList(), c.tutors().stream().map(UserId::value).sorted().toList(), c.version());
    }

    static Course course(CourseRecord r) {
        return new Course(CourseId.of(r.courseId()), r.title(), r.sections().stream()
                .map(s -> new Course.Section(s.title(), s.lessonIds().stream().map(LessonId::of).toList())).toList(),
                r.tutors().stream().map(UserId::of).collect(Collectors.toSet()), r.version());
    }

    static PathRecord record(LearningPath p) {
        return new PathRecord(p.id().value(), p.title(), p.themes().stream()
                .map(t -> new PathRecord.Theme(t.id().value(), t.title(), t.programQuiz(), t.modules().stream()
                        .map(m -> new PathRecord.Module(m.id().value(), m.title(),
                                m.lessons().stream().map(LessonId::value).toList())).toList())).toList(),
                p.locksWorkshops(), p.workshops().stream()
                .map(w -> new PathRecord.Workshop(w.id().value(), w.title(),
                        w.modules().stream().map(ModuleId::value).sorted().toList())).toList(), p.version());
    }

    static LearningPath path(PathRecord r) {
        return new LearningPath(PathId.of(r.pathId()), r.title(), r.themes().stream()
                .map(t -> new LearningPath.Theme(ThemeId.of(t.themeId()), t.title(), t.programQuiz(), t.modules()
                        .stream().map(m -> new LearningPath.Module(ModuleId.of(m.moduleId()), m.title(),
                                m.lessonIds().stream().map(LessonId::of).toList())).toList())).toList(),
                r.locksWorkshops(), r.workshops().stream()
                .map(w -> new LearningPath.Workshop(WorkshopId.of(w.workshopId()), w.title(),
                        w.moduleIds().stream().map(ModuleId::of).collect(Collectors.toCollection(LinkedHashSet::new))))
                .toList(), r.version());
    }

    static EnrolmentRecord record(Enrolment e) {
        return new EnrolmentRecord(e.course().value(), e.learner().value(), e.type().name(), e.enrolledAt(), e.dueOn(),
                e.enrolledBy().value(), e.waived().stream()
                .map(w -> new EnrolmentRecord.Waiver(w.lesson().value(), w.reason())).toList(), e.adaptedAt(),
                e.version());
    }

    static Enrolment enrolment(EnrolmentRecord r) {
        return new Enrolment(CourseId.of(r.courseId()), UserId.of(r.learnerId()), EnrolmentType.valueOf(r.type()),
                r.enrolledAt(), r.dueOn(), UserId.of(r.enrolledBy()), r.waived().stream()
                .map(w -> new Enrolment.Waiver(LessonId.of(w.lessonId()), w.reason())).toList(), r.adaptedAt(),
                r.version());
    }

    static LessonProgressRecord record(LessonProgress p) {
        return new LessonProgressRecord(p.learner().value(), p.lesson().value(), p.status().name(),
                p.completedBy().map(Enum::name), p.awaitingCorrection(), p.attempts().stream()
                .map(a -> new LessonProgressRecord.Attempt(a.at(), a.status().name(), a.score(),
                        a.timeSpent().getSeconds())).toList(), p.timeSpent().getSeconds(), p.score(), p.statusAt(),
                p.version());
    }

    static LessonProgress progress(LessonProgressRecord r) {
        return new LessonProgress(UserId.of(r.learnerId()), LessonId.of(r.lessonId()), LessonStatus.valueOf(r.status()),
                r.completedBy().map(CompletedBy::valueOf), r.awaitingCorrection(), r.attempts().stream()
                .map(a -> new LessonProgress.Attempt(a.at(), LessonStatus.valueOf(a.status()), a.score(),
                        Duration.ofSeconds(a.secondsSpent()))).toList(), Duration.ofSeconds(r.secondsSpent()),
                r.score(), r.statusAt(), r.version());
    }

    static List<String> ids(List<LessonId> lessons) {
        return lessons.stream().map(LessonId::value).toList();
    }
}
