package org.lmskit.core.adaptive;

import com.google.common.collect.HashBasedTable;
import com.google.common.collect.HashMultimap;
import com.google.common.collect.SetMultimap;
import com.google.common.collect.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.lmskit.core.competency.AcquiredLevels;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.error.NotFoundException;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.id.CourseId;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.internal.AuditWriter;
import org.lmskit.core.internal.Operations;
import org.lmskit.spi.StorageProvider;
import org.lmskit.spi.adaptive.EnrolmentRecord;
import org.lmskit.spi.adaptive.LessonProgressRecord;
import org.lmskit.spi.audit.FieldChange;

/**
 * What the services of the adaptive capability share: the stores, the operation kernel, the directory, the
 * ports to other capabilities, the access policy, and the reads several services make (lessons in order, a
 * learner's own progress and waivers, enrolments).
 */
final class AdaptiveContext {
    static final String PROGRESS_TYPE = "lesson-progress";
    static final String ENROLMENT_TYPE = "enrolment";

    final StorageProvider storage;
    final Operations ops;
    final AuditWriter audit;
    final Directory directory;
    final AcquiredLevels levels;
    final ProgramQuizOutcomes quizzes;
    final AdaptiveSettings settings;
    final AdaptiveAccess access;

    AdaptiveContext(StorageProvider storage, Operations ops, Directory directory, AcquiredLevels levels,
                    ProgramQuizOutcomes quizzes, AdaptiveSettings settings) {
        this.storage = storage;
        this.ops = ops;
        this.audit = ops.audit();
        this.directory = directory;
        this.levels = levels;
        this.quizzes = quizzes;
        this.settings = settings;
        this.access = new AdaptiveAccess(directory);
    }

    Lesson lesson(LessonId id) {
        Operations.required("lessonId", id);
        return storage.courseCatalog().findLesson(id.value()).map(AdaptiveRecords::lesson)
                .orElseThrow(() -> new NotFoundException("lesson", id.value()));
    }

    Course course(CourseId id) {
        Operations.required("courseId", id);
        return storage.courseCatalog().findCourse(id.value()).map(AdaptiveRecords::course)
                .orElseThrow(() -> new NotFoundException("course", id.value()));
    }

    LearningPath path(PathId id) {
        Operations.required("pathId", id);
        return storage.courseCatalog().findPath(id.value()).map(AdaptiveRecords::path)
                .orElseThrow(() -> new NotFoundException("path", id.value()));
    }

    Map<UserId, List<AdaptiveViews.LessonState>> states(Course course, Map<LessonId, Lesson> lessons,
                                                                List<EnrolmentRecord> enrolments) {
        List<String> learners = enrolments.stream().map(EnrolmentRecord::learnerId).toList();
        Table<String, LessonId, LessonProgress> own = HashBasedTable.create();
        for (LessonProgressRecord r : storage.lessonProgress().findAll(learners, AdaptiveRecords.ids(course.lessons()))) {
            own.put(r.learnerId(), LessonId.of(r.lessonId()), AdaptiveRecords.progress(r));
        }
        // a lesson waived by several enrolments keeps the first reason read
        Table<String, LessonId, String> waivers = HashBasedTable.create();
        for (EnrolmentRecord e : storage.enrolments().findByLearners(learners)) {
            e.waived().stream().filter(w -> !waivers.contains(e.learnerId(), LessonId.of(w.lessonId())))
                    .forEach(w -> waivers.put(e.learnerId(), LessonId.of(w.lessonId()), w.reason()));
        }
        Map<UserId, List<AdaptiveViews.LessonState>> states = new LinkedHashMap<>();
        for (String learner : learners) {
            states.put(UserId.of(learner), Progressions.states(course.lessons(), lessons, own.row(learner),
                    waivers.row(learner)));
        }
        return states;
    }

    LessonProgress save(LessonProgress current, LessonProgress next) {
        return AdaptiveRecords.progress(current.version() == 0
                ? storage.lessonProgress().insert(AdaptiveRecords.record(next))
                : storage.lessonProgress().update(AdaptiveRecords.record(next)));
    }

    static List<FieldChange> changes(LessonProgress before, LessonProgress after) {
        List<FieldChange> changes = new ArrayList<>();
        change(changes, "status", before.status().name(), after.status().name());
        change(changes, "completedBy", before.completedBy().map(Enum::name).orElse(null),
                after.completedBy().map(Enum::name).orElse(null));
        change(changes, "attempts", before.attempts().size() + "", after.attempts().size() + "");
        change(changes, "statusAt", before.statusAt().map(Instant::toString).orElse(null),
                after.statusAt().map(Instant::toString).orElse(null));
        change(changes, "score", before.score().map(s -> s.toPlainString()).orElse(null),
                after.score().map(s -> s.toPlainString()).orElse(null));
        change(changes, "timeSpent", before.timeSpent().toString(), after.timeSpent().toString());
        return changes;
    }

    static void change(List<FieldChange> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    LessonProgress progressOf(UserId learner, LessonId lesson) {
        return storage.lessonProgress().find(learner.value(), lesson.value()).map(AdaptiveRecords::progress)
                .orElseGet(() -> LessonProgress.none(learner, lesson));
    }

    Map<LessonId, LessonProgress> ownProgress(UserId learner, List<LessonId> lessons) {
        Map<LessonId, LessonProgress> own = new HashMap<>();
        storage.lessonProgress().findAll(List.of(learner.value()), AdaptiveRecords.ids(lessons))
                .forEach(r -> own.put(LessonId.of(r.lessonId()), AdaptiveRecords.progress(r)));
        return own;
    }

    /** The learner's waivers from every enrolment: a lesson waived in one course counts in all. */
    Map<LessonId, String> waiversOf(UserId learner) {
        Map<LessonId, String> waivers = new HashMap<>();
        for (EnrolmentRecord e : storage.enrolments().findByLearner(learner.value())) {
            e.waived().forEach(w -> waivers.putIfAbsent(LessonId.of(w.lessonId()), w.reason()));
        }
        return waivers;
    }

    /** Lessons the learner did themselves, or a tutor set: the rule never claims them. */
    SetMultimap<String, LessonId> ownDone(List<UserId> learners, List<LessonId> lessons) {
        SetMultimap<String, LessonId> done = HashMultimap.create();
        for (LessonProgressRecord r : storage.lessonProgress().findAll(ids(learners), AdaptiveRecords.ids(lessons))) {
            if (LessonStatus.valueOf(r.status()).isDone() || r.completedBy().filter("TUTOR"::equals).isPresent()) {
                done.put(r.learnerId(), LessonId.of(r.lessonId()));
            }
        }
        return done;
    }

    Enrolment enrolmentOf(Course course, UserId learner) {
        return storage.enrolments().find(course.id().value(), learner.value()).map(AdaptiveRecords::enrolment)
                .orElseThrow(() -> new RuleRefusedException(AdaptiveRefusals.NOT_ENROLLED, "learnerId",
                        learner + " is not enrolled in '" + course.id() + "'"));
    }

    List<Lesson> lessons(List<LessonId> ids) {
        List<Lesson> found = storage.courseCatalog().findLessons(AdaptiveRecords.ids(ids)).stream()
                .map(AdaptiveRecords::lesson).toList();
        Map<LessonId, Lesson> byId = byId(found);
        List<Lesson> ordered = new ArrayList<>(ids.size());
        for (LessonId id : ids) {
            Lesson lesson = byId.get(id);
            if (lesson == null) {
                throw new RuleRefusedException(AdaptiveRefusals.UNKNOWN_LESSON, "lessons",
                        "lesson '" + id + "' is not in the catalogue");
            }
            ordered.add(lesson);
        }
        return ordered;
    }

    static Map<LessonId, Lesson> byId(List<Lesson> lessons) {
        Map<LessonId, Lesson> byId = new HashMap<>();
        lessons.forEach(l -> byId.put(l.id(), l));
        return byId;
    }

    static Set<String> types(Optional<EnrolmentType> type) {
        return type.map(t -> Set.of(t.name())).orElse(Set.of());
    }

    static List<String> ids(List<UserId> users) {
        return users.stream().map(UserId::value).toList();
    }

    /** One learner's side of some lessons: the lessons, what they did on each, the waivers of all their enrolments. */
    record LearnerLessons(Map<LessonId, Lesson> lessons, Map<LessonId, LessonProgress> own,
                          Map<LessonId, String> waivers) {
        AdaptiveViews.LessonState state(LessonId id) {
            return Progressions.state(lessons.get(id), own.get(id), waivers.get(id));
        }

        List<AdaptiveViews.LessonState> states(List<LessonId> ids) {
            return Progressions.states(ids, lessons, own, waivers);
        }
    }

    /** Reads {@link LearnerLessons} in three store calls. */
    LearnerLessons learnerLessons(UserId learner, List<LessonId> ids) {
        return new LearnerLessons(byId(lessons(ids)), ownProgress(learner, ids), waiversOf(learner));
    }
}
