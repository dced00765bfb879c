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
import org.lmskit.core.competency.CompetencyService;
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
import org.lmskit.core.internal.StoreCalls;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.StorageProvider;
import org.lmskit.spi.adaptive.EnrolmentRecord;
import org.lmskit.spi.adaptive.LessonProgressRecord;
import org.lmskit.spi.audit.FieldChange;

/**
 * Adaptive courses. Access: administrators define lessons, courses and paths and may do everything; a
 * learner's managers enrol them (mandatory or recommended) and a learner may enrol themself (free);
 * learners record their own attempts; the learner, their managers, tutors and administrators read their
 * progress; only the course's tutors correct statistics and see its tutoring centre (administrators too).
 */
public final class AdaptiveService {
    static final String PROGRESS_TYPE = "lesson-progress";
    static final String ENROLMENT_TYPE = "enrolment";
    private static final int CHUNK = 1000;
    private static final int RETRIES = StoreCalls.CROWD_RETRIES;
    /**
     * Reads competency levels on the library's behalf once access to the enrolment was checked: a manager
     * enrolling their team, or a learner enrolling themself, is entitled to have the course adapted.
     */
    private static final Actor SYSTEM = Actor.of("lmskit-adaptive", Role.ADMINISTRATOR);

    private final StorageProvider storage;
    private final AuditWriter audit;
    private final EventPublisher events;
    private final Directory directory;
    private final CompetencyService competencies;
    private final ProgramQuizOutcomes quizzes;
    private final AdaptiveSettings settings;

    public AdaptiveService(StorageProvider storage, AuditWriter audit, EventPublisher events, Directory directory,
                           CompetencyService competencies, ProgramQuizOutcomes quizzes, AdaptiveSettings settings) {
        this.storage = storage;
        this.audit = audit;
        this.events = events;
        this.directory = directory;
        this.competencies = competencies;
        this.quizzes = quizzes;
        this.settings = settings;
    }

    // ---- catalogue

    /** Adds a lesson, or replaces it from the version read (0: new). Its competencies must exist. */
    public Lesson defineLesson(Actor actor, Lesson lesson) {
        requireAdmin(actor);
        required("lesson", lesson);
        return write(() -> {
            for (Lesson.Target target : lesson.targets()) {
                try {
                    competencies.competency(target.competency());
                } catch (NotFoundException unknown) {
                    throw new RuleRefusedException(AdaptiveRules.UNKNOWN_COMPETENCY, "targets",
                            "competency '" + target.competency() + "' is not in the catalogue");
                }
            }
            Lesson stored = AdaptiveRecords.lesson(lesson.version() == 0
                    ? storage.courseCatalog().insertLesson(AdaptiveRecords.record(lesson))
                    : storage.courseCatalog().updateLesson(AdaptiveRecords.record(lesson)));
            audit.record(actor, "lesson", stored.id().value(), lesson.version() == 0 ? "created" : "updated",
                    List.of(new FieldChange("targets", null, stored.targets().size() + "")));
            return stored;
        });
    }

    /** Adds a course, or replaces it from the version read (0: new). Its lessons must exist. */
    public Course defineCourse(Actor actor, Course course) {
        requireAdmin(actor);
        required("course", course);
        return write(() -> {
            lessons(course.lessons());
            Course stored = AdaptiveRecords.course(course.version() == 0
                    ? storage.courseCatalog().insertCourse(AdaptiveRecords.record(course))
                    : storage.courseCatalog().updateCourse(AdaptiveRecords.record(course)));
            audit.record(actor, "course", stored.id().value(), course.version() == 0 ? "created" : "updated",
                    List.of(new FieldChange("lessons", null, stored.lessons().size() + "")));
            return stored;
        });
    }

    /** Adds a path, or replaces it from the version read (0: new). Its lessons must exist. */
    public LearningPath definePath(Actor actor, LearningPath path) {
        requireAdmin(actor);
        required("path", path);
        return write(() -> {
            lessons(path.lessons());
            LearningPath stored = AdaptiveRecords.path(path.version() == 0
                    ? storage.courseCatalog().insertPath(AdaptiveRecords.record(path))
                    : storage.courseCatalog().updatePath(AdaptiveRecords.record(path)));
            audit.record(actor, "learning-path", stored.id().value(), path.version() == 0 ? "created" : "updated",
                    List.of(new FieldChange("themes", null, stored.themes().size() + "")));
            return stored;
        });
    }

    public Lesson lesson(LessonId id) {
        required("lessonId", id);
        return storage.courseCatalog().findLesson(id.value()).map(AdaptiveRecords::lesson)
                .orElseThrow(() -> new NotFoundException("lesson", id.value()));
    }

    public Course course(CourseId id) {
        required("courseId", id);
        return storage.courseCatalog().findCourse(id.value()).map(AdaptiveRecords::course)
                .orElseThrow(() -> new NotFoundException("course", id.value()));
    }

    public LearningPath path(PathId id) {
        required("pathId", id);
        return storage.courseCatalog().findPath(id.value()).map(AdaptiveRecords::path)
                .orElseThrow(() -> new NotFoundException("path", id.value()));
    }

    // ---- enrolment and adaptation

    /**
     * Enrols a learner and adapts the course at once: every lesson whose targeted competencies are all
     * acquired at their target level is completed by the system, recorded as waived with its reason.
     */
    public Enrolment enrol(Actor actor, CourseId courseId, UserId learner, EnrolmentType type, Optional<LocalDate> dueOn) {
        required("learnerId", learner);
        AdaptiveViews.EnrolmentReport report = enrolAll(actor, courseId, List.of(learner), type, dueOn);
        if (!report.alreadyEnrolled().isEmpty()) {
            throw new ConflictException(ConflictException.ALREADY_EXISTS, learner + " is already enrolled in '"
                    + courseId + "'", null);
        }
        return enrolment(SYSTEM, courseId, learner);
    }

    /**
     * Enrols many learners, a thousand per transaction, reading their competencies once per thousand.
     * Learners already enrolled are skipped and listed, not refused.
     */
    public AdaptiveViews.EnrolmentReport enrolAll(Actor actor, CourseId courseId, Collection<UserId> learners,
                                                  EnrolmentType type, Optional<LocalDate> dueOn) {
        requireActor(actor);
        required("courseId", courseId);
        required("learners", learners);
        required("type", type);
        required("dueOn", dueOn);
        Instants.checkOptionalDate("dueOn", dueOn);
        List<UserId> all = List.copyOf(new LinkedHashSet<>(learners));
        for (UserId learner : all) {
            requireEnrol(actor, learner, type);
        }
        Course course = course(courseId);
        List<Lesson> lessons = lessons(course.lessons());
        List<UserId> already = new ArrayList<>();
        int enrolled = 0;
        long waived = 0;
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<UserId> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            List<Enrolment> done = write(() -> enrolChunk(actor, course, lessons, chunk, type, dueOn, already));
            enrolled += done.size();
            for (Enrolment e : done) {
                waived += e.waived().size();
                events.publish(new AdaptiveEvent.Enrolled(e.enrolledAt(), courseId, e.learner(), type, e.waived()));
            }
        }
        return new AdaptiveViews.EnrolmentReport(courseId, enrolled, already, waived);
    }

    private List<Enrolment> enrolChunk(Actor actor, Course course, List<Lesson> lessons, List<UserId> chunk,
                                       EnrolmentType type, Optional<LocalDate> dueOn, List<UserId> already) {
        Set<String> enrolledHere = new HashSet<>();
        for (EnrolmentRecord e : storage.enrolments().findByLearners(ids(chunk))) {
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
        LevelGrid grid = competencies.levelGrid(SYSTEM, fresh, Adaptation.competencies(lessons));
        Adaptation adaptation = Adaptation.compile(lessons, grid);
        Map<String, Set<LessonId>> ownDone = ownDone(fresh, course.lessons());
        Instant now = audit.now();
        List<Enrolment> done = new ArrayList<>(fresh.size());
        for (UserId learner : fresh) {
            List<Enrolment.Waiver> waivers = adaptation.waivers(grid.row(learner),
                    ownDone.getOrDefault(learner.value(), Set.of()));
            Optional<Instant> adaptedAt = waivers.isEmpty() ? Optional.empty() : Optional.of(now);
            storage.enrolments().insert(new EnrolmentRecord(course.id().value(), learner.value(), type.name(), now,
                    dueOn, actor.id().value(), adaptation.stored(waivers), adaptedAt, 0));
            done.add(new Enrolment(course.id(), learner, type, now, dueOn, actor.id(), waivers, adaptedAt, 1));
        }
        return done;
    }

    /**
     * Adapts an enrolled learner's course again (e.g. after new positionings); idempotent: nothing changes
     * when nothing new is acquired. A lost competency reopens its waived lessons only when
     * {@link AdaptiveSettings#reopenOnLoss()} is on.
     */
    public Enrolment readapt(Actor actor, CourseId courseId, UserId learner) {
        requireActor(actor);
        required("learnerId", learner);
        Course course = course(courseId);
        requireEnrol(actor, learner, EnrolmentType.FREE);
        List<LmsEvent> published = new ArrayList<>();
        Enrolment result = write(() -> {
            Enrolment current = enrolmentOf(course, learner);
            List<Lesson> lessons = lessons(course.lessons());
            LevelGrid grid = competencies.levelGrid(SYSTEM, List.of(learner), Adaptation.competencies(lessons));
            List<Enrolment.Waiver> now = Adaptation.compile(lessons, grid).waivers(grid.row(learner),
                    ownDone(List.of(learner), course.lessons()).getOrDefault(learner.value(), Set.of()));
            Map<LessonId, Enrolment.Waiver> next = new LinkedHashMap<>();
            if (!settings.reopenOnLoss()) {
                current.waived().forEach(w -> next.put(w.lesson(), w));
            }
            now.forEach(w -> next.putIfAbsent(w.lesson(), w));
            List<Enrolment.Waiver> ordered = course.lessons().stream().filter(next::containsKey).map(next::get).toList();
            Set<LessonId> before = current.waived().stream().map(Enrolment.Waiver::lesson).collect(Collectors.toSet());
            Set<LessonId> after = next.keySet();
            if (before.equals(after)) {
                return current;
            }
            Instant at = audit.now();
            Enrolment updated = AdaptiveRecords.enrolment(storage.enrolments().update(AdaptiveRecords.record(
                    new Enrolment(current.course(), learner, current.type(), current.enrolledAt(), current.dueOn(),
                            current.enrolledBy(), ordered, ordered.isEmpty() ? Optional.empty() : Optional.of(at),
                            current.version()))));
            List<LessonId> added = after.stream().filter(l -> !before.contains(l)).toList();
            List<LessonId> reopened = before.stream().filter(l -> !after.contains(l)).toList();
            audit.record(actor, ENROLMENT_TYPE, courseId.value() + "/" + learner.value(), "readapted", List.of(
                    new FieldChange("waived", before.size() + "", after.size() + "")));
            published.add(new AdaptiveEvent.Readapted(at, courseId, learner, added, reopened));
            return updated;
        });
        published.forEach(events::publish);
        return result;
    }

    public Enrolment enrolment(Actor actor, CourseId courseId, UserId learner) {
        Course course = course(courseId);
        requireReadLearner(actor, learner, course);
        return enrolmentOf(course, learner);
    }

    // ---- progress

    /**
     * Records a learner's try at a lesson. A done lesson is never undone by a later try; a mission handed in
     * waits for a tutor's correction (it is done only once corrected); the score kept is the best.
     */
    public LessonProgress recordAttempt(Actor actor, UserId learner, LessonId lessonId, AttemptReport report) {
        requireActor(actor);
        required("learnerId", learner);
        required("attempt", report);
        if (!actor.id().equals(learner) && !actor.has(Role.ADMINISTRATOR)) {
            throw new PermissionDeniedException("adaptive.attempt.own",
                    "a learner records only their own attempts (or the platform, as an administrator)");
        }
        Lesson lesson = lesson(lessonId);
        // two tabs of the same learner report at once: the loser re-reads and appends to the winner's record
        LessonProgress saved = StoreCalls.retryingLostRaces(RETRIES, true, () -> write(() -> {
            LessonProgress current = progressOf(learner, lessonId);
            Instant now = audit.now();
            LessonStatus status = next(lesson, current, report.status());
            boolean awaiting = !status.isDone() && (lesson.kind() == LessonKind.MISSION
                    && (report.status() == LessonStatus.COMPLETED || report.status() == LessonStatus.PASSED)
                    || current.awaitingCorrection());
            Optional<CompletedBy> by = status.isDone() && !current.status().isDone() ? Optional.of(CompletedBy.LEARNER)
                    : current.completedBy();
            List<LessonProgress.Attempt> attempts = new ArrayList<>(current.attempts());
            attempts.add(new LessonProgress.Attempt(now, report.status(), report.score(), report.timeSpent()));
            LessonProgress next = new LessonProgress(learner, lessonId, status, by, awaiting, attempts,
                    current.timeSpent().plus(report.timeSpent()), Progressions.best(current.score(), report.score()),
                    status != current.status() ? Optional.of(now) : current.statusAt(), current.version());
            return save(current, next);
        }));
        events.publish(new AdaptiveEvent.LessonProgressed(audit.now(), learner, lessonId, saved.status()));
        return saved;
    }

    private static LessonStatus next(Lesson lesson, LessonProgress current, LessonStatus reported) {
        if (current.status().isDone()) {
            return reported == LessonStatus.PASSED ? LessonStatus.PASSED : current.status();
        }
        if (lesson.kind() == LessonKind.MISSION && reported.isDone()) {
            return LessonStatus.IN_PROGRESS;
        }
        return reported;
    }

    public LessonProgress progress(Actor actor, UserId learner, LessonId lessonId) {
        requireReadLearner(actor, learner, null);
        lesson(lessonId);
        return progressOf(learner, lessonId);
    }

    /** A learner's course: sections with each lesson's effective state, status, percentage and time spent. */
    public AdaptiveViews.CourseProgress courseProgress(Actor actor, CourseId courseId, UserId learner) {
        Course course = course(courseId);
        requireReadLearner(actor, learner, course);
        Enrolment enrolment = enrolmentOf(course, learner);
        Map<LessonId, Lesson> lessons = byId(lessons(course.lessons()));
        Map<LessonId, LessonProgress> own = ownProgress(learner, course.lessons());
        Map<LessonId, String> waivers = waiversOf(learner);
        List<AdaptiveViews.SectionProgress> sections = new ArrayList<>();
        List<AdaptiveViews.LessonState> all = new ArrayList<>();
        for (Course.Section section : course.sections()) {
            List<AdaptiveViews.LessonState> states = Progressions.states(section.lessons(), lessons, own, waivers);
            sections.add(new AdaptiveViews.SectionProgress(section.title(), states));
            all.addAll(states);
        }
        return new AdaptiveViews.CourseProgress(courseId, learner, Progressions.status(all), Progressions.percent(all),
                Progressions.timeSpent(all), enrolment.adapted(), sections);
    }

    /**
     * A learner's path: themes (validated by their program quiz when they have one, else by all their
     * non-optional lessons), workshops (locked until their modules are fully done, if the path locks them)
     * and the path time counting one viewing per lesson. Progress made anywhere counts here.
     */
    public AdaptiveViews.PathProgress pathProgress(Actor actor, PathId pathId, UserId learner) {
        LearningPath path = path(pathId);
        requireReadLearner(actor, learner, null);
        Map<LessonId, Lesson> lessons = byId(lessons(path.lessons()));
        Map<LessonId, LessonProgress> own = ownProgress(learner, path.lessons());
        Map<LessonId, String> waivers = waiversOf(learner);
        List<AdaptiveViews.LessonState> all = Progressions.states(path.lessons(), lessons, own, waivers);
        Map<LessonId, AdaptiveViews.LessonState> states = new HashMap<>();
        all.forEach(state -> states.put(state.lesson(), state));
        Set<ModuleId> complete = new HashSet<>();
        List<AdaptiveViews.ThemeProgress> themes = new ArrayList<>();
        for (LearningPath.Theme theme : path.themes()) {
            List<AdaptiveViews.LessonState> themeStates = theme.lessons().stream().map(states::get).toList();
            List<ModuleId> themeComplete = theme.modules().stream()
                    .filter(m -> m.lessons().stream().allMatch(l -> states.get(l).isDone()))
                    .map(LearningPath.Module::id).toList();
            complete.addAll(themeComplete);
            List<LessonId> missing = themeStates.stream().filter(s -> !s.optional() && !s.isDone())
                    .map(AdaptiveViews.LessonState::lesson).toList();
            Optional<AdaptiveViews.ValidatedBy> by = theme.programQuiz()
                    ? (quizzes.passed(learner, theme.id()) ? Optional.of(AdaptiveViews.ValidatedBy.PROGRAM_QUIZ)
                    : Optional.empty())
                    : (missing.isEmpty() ? Optional.of(AdaptiveViews.ValidatedBy.LESSONS) : Optional.empty());
            themes.add(new AdaptiveViews.ThemeProgress(theme.id(), theme.title(), theme.programQuiz(),
                    Progressions.percent(themeStates), by.isPresent(), by, missing, themeComplete));
        }
        List<AdaptiveViews.WorkshopState> workshops = path.workshops().stream().map(w -> {
            List<ModuleId> missing = path.locksWorkshops()
                    ? w.modules().stream().filter(m -> !complete.contains(m)).sorted(Comparator.comparing(ModuleId::value))
                    .toList() : List.of();
            return new AdaptiveViews.WorkshopState(w.id(), w.title(), missing.isEmpty(), missing);
        }).toList();
        CourseStatus status = themes.stream().allMatch(AdaptiveViews.ThemeProgress::validated)
                ? CourseStatus.COMPLETED : Progressions.status(all) == CourseStatus.NOT_STARTED
                ? CourseStatus.NOT_STARTED : CourseStatus.IN_PROGRESS;
        return new AdaptiveViews.PathProgress(pathId, learner, status, Progressions.percent(all),
                Progressions.timeCountedOnce(all), themes, workshops);
    }

    // ---- tutoring

    /**
     * Seed 001, "Modifier les statistiques": a tutor of the course sets a learner's status, clears attempts,
     * sets the date, score or time spent. Audited field by field; from the version read (0: no record yet).
     */
    public LessonProgress correct(Actor actor, CourseId courseId, UserId learner, LessonId lessonId,
                                  TutorCorrection correction, long expectedVersion) {
        requireActor(actor);
        required("learnerId", learner);
        required("lessonId", lessonId);
        required("correction", correction);
        Course course = course(courseId);
        requireTutor(actor, course, false);
        if (!course.lessons().contains(lessonId)) {
            throw new RuleRefusedException(AdaptiveRules.LESSON_NOT_IN_COURSE, "lessonId",
                    "lesson '" + lessonId + "' is not in course '" + courseId + "'");
        }
        LessonProgress saved = write(() -> {
            enrolmentOf(course, learner);
            LessonProgress current = progressOf(learner, lessonId);
            if (current.version() != expectedVersion) {
                throw new ConflictException(ConflictException.STALE_VERSION, "the progress of " + learner + " on '"
                        + lessonId + "' is at version " + current.version() + ", not " + expectedVersion
                        + "; read it again and retry", null);
            }
            Instant now = audit.now();
            LessonStatus status = correction.status().orElse(current.status());
            Optional<Instant> statusAt = correction.statusAt().map(a -> a.truncatedTo(java.time.temporal.ChronoUnit.MICROS))
                    .or(() -> correction.status().isPresent() ? Optional.of(now) : current.statusAt());
            LessonProgress next = new LessonProgress(learner, lessonId, status,
                    correction.status().isPresent() ? Optional.of(CompletedBy.TUTOR) : current.completedBy(),
                    correction.status().isEmpty() && current.awaitingCorrection(),
                    correction.clearAttempts() ? List.of() : current.attempts(),
                    correction.timeSpent().orElse(current.timeSpent()), correction.score().or(current::score),
                    statusAt, current.version());
            LessonProgress stored = save(current, next);
            audit.record(actor, PROGRESS_TYPE, learner.value() + "/" + lessonId.value(), "corrected", changes(current,
                    stored));
            return stored;
        });
        events.publish(new AdaptiveEvent.ProgressCorrected(audit.now(), actor.id(), learner, lessonId, saved.status()));
        return saved;
    }

    /** Seed 001, "Centre de tutorat": learners, counts by status, missions to correct, observations to do. */
    public AdaptiveViews.TutoringCentre tutoringCentre(Actor actor, CourseId courseId, Optional<EnrolmentType> type) {
        requireActor(actor);
        required("type", type);
        Course course = course(courseId);
        requireTutor(actor, course, true);
        Map<LessonId, Lesson> lessons = byId(lessons(course.lessons()));
        int learners = 0;
        int[] byStatus = new int[CourseStatus.values().length];
        int missions = 0;
        int observations = 0;
        for (int offset = 0; ; offset += PageRequest.MAX_LIMIT) {
            Page<EnrolmentRecord> page = storage.enrolments().findByCourse(courseId.value(), types(type),
                    new PageRequest(offset, PageRequest.MAX_LIMIT));
            for (Map.Entry<UserId, List<AdaptiveViews.LessonState>> e : states(course, lessons, page.items()).entrySet()) {
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
            if (!page.hasNext()) {
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
        requireActor(actor);
        required("type", type);
        required("page", page);
        Course course = course(courseId);
        requireTutor(actor, course, true);
        Map<LessonId, Lesson> lessons = byId(lessons(course.lessons()));
        Page<EnrolmentRecord> enrolments = storage.enrolments().findByCourse(courseId.value(), types(type), page);
        Map<UserId, List<AdaptiveViews.LessonState>> states = states(course, lessons, enrolments.items());
        return enrolments.map(e -> {
            UserId learner = UserId.of(e.learnerId());
            List<AdaptiveViews.LessonState> s = states.get(learner);
            return new AdaptiveViews.TutoredLearner(learner, directory.displayName(learner),
                    EnrolmentType.valueOf(e.type()), Progressions.status(s), Progressions.percent(s),
                    Progressions.timeSpent(s));
        });
    }

    /** Seed 001, "Rapport de suivi": the course's composition with each lesson's attempts, and the connections. */
    public AdaptiveViews.LearnerReport learnerReport(Actor actor, CourseId courseId, UserId learner) {
        requireActor(actor);
        required("learnerId", learner);
        Course course = course(courseId);
        requireTutor(actor, course, true);
        Enrolment enrolment = enrolmentOf(course, learner);
        Map<LessonId, Lesson> lessons = byId(lessons(course.lessons()));
        Map<LessonId, LessonProgress> own = ownProgress(learner, course.lessons());
        Map<LessonId, String> waivers = waiversOf(learner);
        List<AdaptiveViews.ReportLine> lines = new ArrayList<>();
        List<AdaptiveViews.LessonState> all = new ArrayList<>();
        List<AdaptiveViews.Connection> connections = new ArrayList<>();
        for (Course.Section section : course.sections()) {
            for (LessonId id : section.lessons()) {
                AdaptiveViews.LessonState state = Progressions.state(lessons.get(id), own.get(id), waivers.get(id));
                List<LessonProgress.Attempt> attempts = own.containsKey(id) ? own.get(id).attempts() : List.of();
                lines.add(new AdaptiveViews.ReportLine(section.title(), state, attempts));
                all.add(state);
                attempts.forEach(a -> connections.add(new AdaptiveViews.Connection(a.at(), id, state.title(),
                        a.timeSpent())));
            }
        }
        connections.sort(Comparator.comparing(AdaptiveViews.Connection::at)
                .thenComparing(c -> c.lesson().value()));
        return new AdaptiveViews.LearnerReport(courseId, learner, directory.displayName(learner), enrolment.type(),
                enrolment.enrolledAt(), enrolment.dueOn(), Progressions.status(all), Progressions.percent(all),
                Progressions.timeSpent(all),
                connections.isEmpty() ? Optional.empty() : Optional.of(connections.get(0).at()),
                connections.isEmpty() ? Optional.empty() : Optional.of(connections.get(connections.size() - 1).at()),
                lines, connections);
    }

    // ---- helpers

    private Map<UserId, List<AdaptiveViews.LessonState>> states(Course course, Map<LessonId, Lesson> lessons,
                                                                List<EnrolmentRecord> enrolments) {
        List<String> learners = enrolments.stream().map(EnrolmentRecord::learnerId).toList();
        Map<String, Map<LessonId, LessonProgress>> own = new HashMap<>();
        for (LessonProgressRecord r : storage.lessonProgress().findAll(learners, AdaptiveRecords.ids(course.lessons()))) {
            own.computeIfAbsent(r.learnerId(), k -> new HashMap<>()).put(LessonId.of(r.lessonId()),
                    AdaptiveRecords.progress(r));
        }
        Map<String, Map<LessonId, String>> waivers = new HashMap<>();
        for (EnrolmentRecord e : storage.enrolments().findByLearners(learners)) {
            Map<LessonId, String> mine = waivers.computeIfAbsent(e.learnerId(), k -> new HashMap<>());
            e.waived().forEach(w -> mine.putIfAbsent(LessonId.of(w.lessonId()), w.reason()));
        }
        Map<UserId, List<AdaptiveViews.LessonState>> states = new LinkedHashMap<>();
        for (String learner : learners) {
            states.put(UserId.of(learner), Progressions.states(course.lessons(), lessons,
                    own.getOrDefault(learner, Map.of()), waivers.getOrDefault(learner, Map.of())));
        }
        return states;
    }

    private LessonProgress save(LessonProgress current, LessonProgress next) {
        return AdaptiveRecords.progress(current.version() == 0
                ? storage.lessonProgress().insert(AdaptiveRecords.record(next))
                : storage.lessonProgress().update(AdaptiveRecords.record(next)));
    }

    private static List<FieldChange> changes(LessonProgress before, LessonProgress after) {
        List<FieldChange> changes = new ArrayList<>();
        change(changes, "status", before.status().name(), after.status().name());
        change(changes, "attempts", before.attempts().size() + "", after.attempts().size() + "");
        change(changes, "statusAt", before.statusAt().map(Instant::toString).orElse(null),
                after.statusAt().map(Instant::toString).orElse(null));
        change(changes, "score", before.score().map(s -> s.toPlainString()).orElse(null),
                after.score().map(s -> s.toPlainString()).orElse(null));
        change(changes, "timeSpent", before.timeSpent().toString(), after.timeSpent().toString());
        return changes;
    }

    private static void change(List<FieldChange> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    private LessonProgress progressOf(UserId learner, LessonId lesson) {
        return storage.lessonProgress().find(learner.value(), lesson.value()).map(AdaptiveRecords::progress)
                .orElseGet(() -> LessonProgress.none(learner, lesson));
    }

    private Map<LessonId, LessonProgress> ownProgress(UserId learner, List<LessonId> lessons) {
        Map<LessonId, LessonProgress> own = new HashMap<>();
        storage.lessonProgress().findAll(List.of(learner.value()), AdaptiveRecords.ids(lessons))
                .forEach(r -> own.put(LessonId.of(r.lessonId()), AdaptiveRecords.progress(r)));
        return own;
    }

    /** The learner's waivers from every enrolment: a lesson waived in one course counts in all. */
    private Map<LessonId, String> waiversOf(UserId learner) {
        Map<LessonId, String> waivers = new HashMap<>();
        for (EnrolmentRecord e : storage.enrolments().findByLearner(learner.value())) {
            e.waived().forEach(w -> waivers.putIfAbsent(LessonId.of(w.lessonId()), w.reason()));
        }
        return waivers;
    }

    /** Lessons the learner did themselves, or a tutor set: the rule never claims them. */
    private Map<String, Set<LessonId>> ownDone(List<UserId> learners, List<LessonId> lessons) {
        Map<String, Set<LessonId>> done = new HashMap<>();
        for (LessonProgressRecord r : storage.lessonProgress().findAll(ids(learners), AdaptiveRecords.ids(lessons))) {
            if (LessonStatus.valueOf(r.status()).isDone() || r.completedBy().filter("TUTOR"::equals).isPresent()) {
                done.computeIfAbsent(r.learnerId(), k -> new HashSet<>()).add(LessonId.of(r.lessonId()));
            }
        }
        return done;
    }

    private Enrolment enrolmentOf(Course course, UserId learner) {
        return storage.enrolments().find(course.id().value(), learner.value()).map(AdaptiveRecords::enrolment)
                .orElseThrow(() -> new RuleRefusedException(AdaptiveRules.NOT_ENROLLED, "learnerId",
                        learner + " is not enrolled in '" + course.id() + "'"));
    }

    private List<Lesson> lessons(List<LessonId> ids) {
        List<Lesson> found = storage.courseCatalog().findLessons(AdaptiveRecords.ids(ids)).stream()
                .map(AdaptiveRecords::lesson).toList();
        Map<LessonId, Lesson> byId = byId(found);
        List<Lesson> ordered = new ArrayList<>(ids.size());
        for (LessonId id : ids) {
            Lesson lesson = byId.get(id);
            if (lesson == null) {
                throw new RuleRefusedException(AdaptiveRules.UNKNOWN_LESSON, "lessons",
                        "lesson '" + id + "' is not in the catalogue");
            }
            ordered.add(lesson);
        }
        return ordered;
    }

    private static Map<LessonId, Lesson> byId(List<Lesson> lessons) {
        Map<LessonId, Lesson> byId = new HashMap<>();
        lessons.forEach(l -> byId.put(l.id(), l));
        return byId;
    }

    private static Set<String> types(Optional<EnrolmentType> type) {
        return type.map(t -> Set.of(t.name())).orElse(Set.of());
    }

    private static List<String> ids(List<UserId> users) {
        return users.stream().map(UserId::value).toList();
    }

    private void requireEnrol(Actor actor, UserId learner, EnrolmentType type) {
        if (actor.has(Role.ADMINISTRATOR)) {
            return;
        }
        if (actor.has(Role.MANAGER) && directory.managersOf(learner).contains(actor.id())) {
            return;
        }
        if (actor.id().equals(learner) && type == EnrolmentType.FREE) {
            return;
        }
        throw new PermissionDeniedException("adaptive.enrol", "only administrators, " + learner
                + "'s managers, or the learner (free enrolment) enrol " + learner);
    }

    private void requireReadLearner(Actor actor, UserId learner, Course course) {
        requireActor(actor);
        required("learnerId", learner);
        if (actor.id().equals(learner) || actor.has(Role.ADMINISTRATOR) || actor.has(Role.TUTOR)
                || actor.has(Role.TRAINER) || course != null && course.isTutor(actor.id())
                || directory.managersOf(learner).contains(actor.id())) {
            return;
        }
        throw new PermissionDeniedException("adaptive.progress.read", "only " + learner
                + ", their managers, tutors and administrators read their progress");
    }

    private static void requireTutor(Actor actor, Course course, boolean administratorsToo) {
        requireActor(actor);
        if (course.isTutor(actor.id()) || administratorsToo && actor.has(Role.ADMINISTRATOR)) {
            return;
        }
        throw new PermissionDeniedException("adaptive.tutor", "only the tutors of '" + course.id() + "'"
                + (administratorsToo ? " and administrators" : "") + " may do this");
    }

    private static void requireAdmin(Actor actor) {
        requireActor(actor);
        if (!actor.has(Role.ADMINISTRATOR)) {
            throw new PermissionDeniedException("adaptive.catalogue", "only administrators define lessons, courses"
                    + " and paths");
        }
    }

    private static void requireActor(Actor actor) {
        required("actor", actor);
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw InvalidInputException.of(field, "is required");
        }
    }

    private <T> T write(Supplier<T> work) {
        return StoreCalls.inTransaction(storage.transactions(), work);
    }
}
