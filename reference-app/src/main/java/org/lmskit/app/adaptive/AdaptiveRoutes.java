package org.lmskit.app.adaptive;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lmskit.app.http.Identities;
import org.lmskit.app.http.QueryParams;
import org.lmskit.app.http.RequestBodies;
import org.lmskit.core.Lms;
import org.lmskit.core.adaptive.AdaptiveCapability;
import org.lmskit.core.adaptive.AdaptiveViews;
import org.lmskit.core.adaptive.AttemptReport;
import org.lmskit.core.adaptive.Course;
import org.lmskit.core.adaptive.Enrolment;
import org.lmskit.core.adaptive.EnrolmentType;
import org.lmskit.core.adaptive.LearningPath;
import org.lmskit.core.adaptive.Lesson;
import org.lmskit.core.adaptive.LessonKind;
import org.lmskit.core.adaptive.LessonProgress;
import org.lmskit.core.adaptive.LessonStatus;
import org.lmskit.core.adaptive.TutorCorrection;
import org.lmskit.core.competency.LevelValue;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.CourseId;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.ModuleId;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.ThemeId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.id.WorkshopId;

/**
 * Adaptive courses over HTTP. Durations travel as seconds ({@code timeSpentSeconds}) and as the seed's
 * "04:16:08" ({@code timeSpent}); scores are percentages.
 */
public final class AdaptiveRoutes {
    /** Seed 000's banner, shown when enrolment adapted the course. */
    public static final String ADAPTED_MESSAGE = "Votre cours a été adapté en fonction de vos compétences acquises et"
            + " certaines activités ont été auto-complétées par le système";
    private static final String COURSE = "/api/adaptive/courses/{courseId}";
    private static final String PATH = "/api/adaptive/paths/{pathId}";

    private final AdaptiveCapability adaptive;
    private final RequestBodies bodies;

    public AdaptiveRoutes(Lms lms, RequestBodies bodies) {
        this.adaptive = lms.adaptive();
        this.bodies = bodies;
    }

    public record TargetBody(@NotBlank String competency, String level) {
    }

    public record LessonRequest(@NotBlank String id, @NotBlank String title, @NotNull LessonKind kind,
                                @NotNull @Min(0) @Max(604_800) Long durationSeconds, Boolean optional,
                                @Size(max = 50) List<@Valid @NotNull TargetBody> targets, @Min(0) Long version) {
        Lesson toLesson() {
            return new Lesson(LessonId.of(id), title, kind, Duration.ofSeconds(durationSeconds),
                    Boolean.TRUE.equals(optional), targets == null ? List.of() : targets.stream()
                    .map(t -> new Lesson.Target(CompetencyCode.of(t.competency()),
                            Optional.ofNullable(t.level()).map(LevelValue::of))).toList(), version == null ? 0 : version);
        }
    }

    public record SectionBody(@NotBlank String title, @NotNull @Size(max = 2000) List<@NotBlank String> lessons) {
    }

    public record CourseRequest(@NotBlank String id, @NotBlank String title,
                                @NotNull @Size(min = 1, max = 200) List<@Valid @NotNull SectionBody> sections,
                                Set<@NotBlank String> tutors, @Min(0) Long version) {
        Course toCourse() {
            return new Course(CourseId.of(id), title, sections.stream().map(s -> new Course.Section(s.title(),
                    s.lessons().stream().map(LessonId::of).toList())).toList(),
                    tutors == null ? Set.of() : tutors.stream().map(UserId::of).collect(Collectors.toSet()),
                    version == null ? 0 : version);
        }
    }

    public record ModuleBody(@NotBlank String id, @NotBlank String title, @NotNull List<@NotBlank String> lessons) {
    }

    public record ThemeBody(@NotBlank String id, @NotBlank String title, Boolean programQuiz,
                            @NotNull List<@Valid @NotNull ModuleBody> modules) {
    }

    public record WorkshopBody(@NotBlank String id, @NotBlank String title, @NotNull Set<@NotBlank String> modules) {
    }

    public record PathRequest(@NotBlank String id, @NotBlank String title,
                              @NotNull @Size(min = 1, max = 200) List<@Valid @NotNull ThemeBody> themes,
                              Boolean locksWorkshops, List<@Valid @NotNull WorkshopBody> workshops,
                              @Min(0) Long version) {
        LearningPath toPath() {
            return new LearningPath(PathId.of(id), title, themes.stream().map(t -> new LearningPath.Theme(
                    ThemeId.of(t.id()), t.title(), Boolean.TRUE.equals(t.programQuiz()), t.modules().stream()
                    .map(m -> new LearningPath.Module(ModuleId.of(m.id()), m.title(),
                            m.lessons().stream().map(LessonId::of).toList())).toList())).toList(),
                    Boolean.TRUE.equals(locksWorkshops), workshops == null ? List.of() : workshops.stream()
                    .map(w -> new LearningPath.Workshop(WorkshopId.of(w.id()), w.title(),
                            w.modules().stream().map(ModuleId::of).collect(Collectors.toSet()))).toList(),
                    version == null ? 0 : version);
        }
    }

    public record EnrolmentRequest(@NotBlank String learnerId, @NotNull EnrolmentType type, LocalDate dueOn) {
    }

    public record AttemptRequest(String learnerId, @NotNull LessonStatus status, BigDecimal score,
                                 @NotNull @Min(0) @Max(86_400) Long timeSpentSeconds) {
    }

    public record CorrectionRequest(LessonStatus status, Boolean clearAttempts, Instant statusAt, BigDecimal score,
                                    @Min(0) @Max(2_592_000) Long timeSpentSeconds, @NotNull @Min(0) Long version) {
        TutorCorrection toCorrection() {
            return new TutorCorrection(Optional.ofNullable(status), Boolean.TRUE.equals(clearAttempts),
                    Optional.ofNullable(statusAt), Optional.ofNullable(score),
                    Optional.ofNullable(timeSpentSeconds).map(Duration::ofSeconds));
        }
    }

    record TargetJson(String competency, String level) {
    }

    record LessonJson(String id, String title, String kind, long durationSeconds, boolean optional,
                      List<TargetJson> targets, long version) {
        static LessonJson of(Lesson l) {
            return new LessonJson(l.id().value(), l.title(), l.kind().name(), l.duration().getSeconds(), l.optional(),
                    l.targets().stream().map(t -> new TargetJson(t.competency().value(),
                            t.level().flatMap(LevelValue::code).orElse(null))).toList(), l.version());
        }
    }

    record SectionJson(String title, List<String> lessons) {
    }

    record CourseJson(String id, String title, List<SectionJson> sections, List<String> tutors, long version) {
        static CourseJson of(Course c) {
            return new CourseJson(c.id().value(), c.title(), c.sections().stream().map(s -> new SectionJson(s.title(),
                    s.lessons().stream().map(LessonId::value).toList())).toList(),
                    c.tutors().stream().map(UserId::value).sorted().toList(), c.version());
        }
    }

    record ModuleJson(String id, String title, List<String> lessons) {
    }

    record ThemeJson(String id, String title, boolean programQuiz, List<ModuleJson> modules) {
    }

    record WorkshopJson(String id, String title, List<String> modules) {
    }

    record PathJson(String id, String title, boolean locksWorkshops, List<ThemeJson> themes,
                    List<WorkshopJson> workshops, long version) {
        static PathJson of(LearningPath p) {
            return new PathJson(p.id().value(), p.title(), p.locksWorkshops(), p.themes().stream()
                    .map(t -> new ThemeJson(t.id().value(), t.title(), t.programQuiz(), t.modules().stream()
                            .map(m -> new ModuleJson(m.id().value(), m.title(),
                                    m.lessons().stream().map(LessonId::value).toList())).toList())).toList(),
                    p.workshops().stream().map(w -> new WorkshopJson(w.id().value(), w.title(),
                            w.modules().stream().map(ModuleId::value).sorted().toList())).toList(), p.version());
        }
    }

    record WaiverJson(String lesson, String reason) {
    }

    record EnrolmentJson(String course, String learner, String type, Instant enrolledAt, LocalDate dueOn,
                         String enrolledBy, boolean adapted, String message, List<WaiverJson> waived,
                         Instant adaptedAt, long version) {
        static EnrolmentJson of(Enrolment e) {
            return new EnrolmentJson(e.course().value(), e.learner().value(), e.type().name(), e.enrolledAt(),
                    e.dueOn().orElse(null), e.enrolledBy().value(), e.adapted(), e.adapted() ? ADAPTED_MESSAGE : null,
                    e.waived().stream().map(w -> new WaiverJson(w.lesson().value(), w.reason())).toList(),
                    e.adaptedAt().orElse(null), e.version());
        }
    }

    record AttemptJson(Instant at, String status, BigDecimal score, long timeSpentSeconds, String timeSpent) {
        static AttemptJson of(LessonProgress.Attempt a) {
            return new AttemptJson(a.at(), a.status().name(), a.score().orElse(null), a.timeSpent().getSeconds(),
                    clock(a.timeSpent()));
        }
    }

    record ProgressJson(String learner, String lesson, String status, String completedBy, boolean awaitingCorrection,
                        List<AttemptJson> attempts, long timeSpentSeconds, String timeSpent, BigDecimal score,
                        Instant statusAt, long version) {
        static ProgressJson of(LessonProgress p) {
            return new ProgressJson(p.learner().value(), p.lesson().value(), p.status().name(),
                    p.completedBy().map(Enum::name).orElse(null), p.awaitingCorrection(),
                    p.attempts().stream().map(AttemptJson::of).toList(), p.timeSpent().getSeconds(),
                    clock(p.timeSpent()), p.score().orElse(null), p.statusAt().orElse(null), p.version());
        }
    }

    record LessonStateJson(String lesson, String title, String kind, boolean optional, String status,
                           String completedBy, String waiverReason, BigDecimal score, int attempts,
                           long timeSpentSeconds, String timeSpent, Instant statusAt, boolean awaitingCorrection) {
        static LessonStateJson of(AdaptiveViews.LessonState s) {
            return new LessonStateJson(s.lesson().value(), s.title(), s.kind().name(), s.optional(), s.status().name(),
                    s.completedBy().map(Enum::name).orElse(null), s.waiverReason().orElse(null),
                    s.score().orElse(null), s.attempts(), s.timeSpent().getSeconds(), clock(s.timeSpent()),
                    s.statusAt().orElse(null), s.awaitingCorrection());
        }
    }

    record SectionProgressJson(String title, List<LessonStateJson> lessons) {
    }

    record CourseProgressJson(String course, String learner, String status, int percent, long timeSpentSeconds,
                              String timeSpent, boolean adapted, String message, List<SectionProgressJson> sections) {
        static CourseProgressJson of(AdaptiveViews.CourseProgress p) {
            return new CourseProgressJson(p.course().value(), p.learner().value(), p.status().name(), p.percent(),
                    p.timeSpent().getSeconds(), clock(p.timeSpent()), p.adapted(), p.adapted() ? ADAPTED_MESSAGE : null,
                    p.sections().stream().map(s -> new SectionProgressJson(s.title(),
                            s.lessons().stream().map(LessonStateJson::of).toList())).toList());
        }
    }

    record ThemeProgressJson(String theme, String title, boolean programQuiz, int percent, boolean validated,
                             String validatedBy, List<String> missingLessons, List<String> completeModules) {
        static ThemeProgressJson of(AdaptiveViews.ThemeProgress t) {
            return new ThemeProgressJson(t.theme().value(), t.title(), t.programQuiz(), t.percent(), t.validated(),
                    t.validatedBy().map(Enum::name).orElse(null),
                    t.missingLessons().stream().map(LessonId::value).toList(),
                    t.completeModules().stream().map(ModuleId::value).toList());
        }
    }

    record WorkshopStateJson(String workshop, String title, boolean unlocked, List<String> missingModules) {
        static WorkshopStateJson of(AdaptiveViews.WorkshopState w) {
            return new WorkshopStateJson(w.workshop().value(), w.title(), w.unlocked(),
                    w.missingModules().stream().map(ModuleId::value).toList());
        }
    }

    record PathProgressJson(String path, String learner, String status, int percent, long timeCountedOnceSeconds,
                            String timeCountedOnce, List<ThemeProgressJson> themes, List<WorkshopStateJson> workshops) {
        static PathProgressJson of(AdaptiveViews.PathProgress p) {
            return new PathProgressJson(p.path().value(), p.learner().value(), p.status().name(), p.percent(),
                    p.timeCountedOnce().getSeconds(), clock(p.timeCountedOnce()),
                    p.themes().stream().map(ThemeProgressJson::of).toList(),
                    p.workshops().stream().map(WorkshopStateJson::of).toList());
        }
    }

    record StatusCounts(int notStarted, int inProgress, int completed) {
    }

    record TutoringJson(String course, String enrolmentType, int learners, StatusCounts byStatus,
                        int missionsToCorrect, int observationsToDo) {
        static TutoringJson of(AdaptiveViews.TutoringCentre c) {
            return new TutoringJson(c.course().value(), c.enrolmentType().map(Enum::name).orElse("ALL"), c.learners(),
                    new StatusCounts(c.notStarted(), c.inProgress(), c.completed()), c.missionsToCorrect(),
                    c.observationsToDo());
        }
    }

    record TutoredJson(String learner, String name, String enrolmentType, String status, int percent,
                       long timeSpentSeconds, String timeSpent) {
        static TutoredJson of(AdaptiveViews.TutoredLearner t) {
            return new TutoredJson(t.learner().value(), t.name(), t.enrolmentType().name(), t.status().name(),
                    t.percent(), t.timeSpent().getSeconds(), clock(t.timeSpent()));
        }
    }

    record ReportLineJson(String section, LessonStateJson lesson, List<AttemptJson> attempts) {
    }

    record ConnectionJson(Instant at, String lesson, String title, long timeSpentSeconds, String timeSpent) {
    }

    record ReportJson(String course, String learner, String name, String enrolmentType, Instant enrolledAt,
                      LocalDate dueOn, String status, int percent, String totalTime, Instant firstConnection,
                      Instant lastConnection, List<ReportLineJson> composition, List<ConnectionJson> connections) {
        static ReportJson of(AdaptiveViews.LearnerReport r) {
            return new ReportJson(r.course().value(), r.learner().value(), r.name(), r.enrolmentType().name(),
                    r.enrolledAt(), r.dueOn().orElse(null), r.status().name(), r.percent(), clock(r.totalTime()),
                    r.firstConnection().orElse(null), r.lastConnection().orElse(null), r.composition().stream()
                    .map(l -> new ReportLineJson(l.section(), LessonStateJson.of(l.state()),
                            l.attempts().stream().map(AttemptJson::of).toList())).toList(),
                    r.connections().stream().map(c -> new ConnectionJson(c.at(), c.lesson().value(), c.title(),
                            c.timeSpent().getSeconds(), clock(c.timeSpent()))).toList());
        }
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/adaptive/lessons", ctx -> ctx.status(201).json(LessonJson.of(adaptive.catalogue().defineLesson(
                Identities.actor(ctx), bodies.read(ctx, LessonRequest.class).toLesson()))));
        routes.get("/api/adaptive/lessons/{lessonId}", ctx -> {
            Identities.actor(ctx);
            ctx.json(LessonJson.of(adaptive.catalogue().lesson(lesson(ctx))));
        });
        routes.post("/api/adaptive/courses", ctx -> ctx.status(201).json(CourseJson.of(adaptive.catalogue().defineCourse(
                Identities.actor(ctx), bodies.read(ctx, CourseRequest.class).toCourse()))));
        routes.get(COURSE, ctx -> {
            Identities.actor(ctx);
            ctx.json(CourseJson.of(adaptive.catalogue().course(course(ctx))));
        });
        routes.post("/api/adaptive/paths", ctx -> ctx.status(201).json(PathJson.of(adaptive.catalogue().definePath(
                Identities.actor(ctx), bodies.read(ctx, PathRequest.class).toPath()))));
        routes.get(PATH, ctx -> {
            Identities.actor(ctx);
            ctx.json(PathJson.of(adaptive.catalogue().path(path(ctx))));
        });
        routes.post(COURSE + "/enrolments", ctx -> {
            EnrolmentRequest body = bodies.read(ctx, EnrolmentRequest.class);
            ctx.status(201).json(EnrolmentJson.of(adaptive.enrolments().enrol(Identities.actor(ctx), course(ctx),
                    UserId.of(body.learnerId()), body.type(), Optional.ofNullable(body.dueOn()))));
        });
        routes.get(COURSE + "/enrolments/{learnerId}", ctx -> ctx.json(EnrolmentJson.of(adaptive.enrolments().enrolment(
                Identities.actor(ctx), course(ctx), learner(ctx)))));
        routes.post(COURSE + "/enrolments/{learnerId}/readaptation", ctx -> ctx.json(EnrolmentJson.of(
                adaptive.enrolments().readapt(Identities.actor(ctx), course(ctx), learner(ctx)))));
        routes.post("/api/adaptive/lessons/{lessonId}/attempts", ctx -> {
            var actor = Identities.actor(ctx);
            AttemptRequest body = bodies.read(ctx, AttemptRequest.class);
            UserId learner = body.learnerId() == null ? actor.id() : UserId.of(body.learnerId());
            ctx.status(201).json(ProgressJson.of(adaptive.attempts().recordAttempt(actor, learner, lesson(ctx),
                    new AttemptReport(body.status(), Optional.ofNullable(body.score()),
                            Duration.ofSeconds(body.timeSpentSeconds())))));
        });
        routes.get("/api/adaptive/lessons/{lessonId}/learners/{learnerId}/progress", ctx -> ctx.json(ProgressJson.of(
                adaptive.progress().progress(Identities.actor(ctx), learner(ctx), lesson(ctx)))));
        routes.get(COURSE + "/learners/{learnerId}/progress", ctx -> ctx.json(CourseProgressJson.of(
                adaptive.progress().courseProgress(Identities.actor(ctx), course(ctx), learner(ctx)))));
        routes.get(PATH + "/learners/{learnerId}/progress", ctx -> ctx.json(PathProgressJson.of(
                adaptive.progress().pathProgress(Identities.actor(ctx), path(ctx), learner(ctx)))));
        routes.get(PATH + "/learners/{learnerId}/themes", ctx -> ctx.json(adaptive.progress().pathProgress(Identities.actor(ctx),
                path(ctx), learner(ctx)).themes().stream().map(ThemeProgressJson::of).toList()));
        routes.get(PATH + "/learners/{learnerId}/workshops", ctx -> ctx.json(adaptive.progress().pathProgress(
                Identities.actor(ctx), path(ctx), learner(ctx)).workshops().stream().map(WorkshopStateJson::of)
                .toList()));
        routes.put(COURSE + "/learners/{learnerId}/lessons/{lessonId}/statistics", ctx -> {
            CorrectionRequest body = bodies.read(ctx, CorrectionRequest.class);
            ctx.json(ProgressJson.of(adaptive.tutoring().correct(Identities.actor(ctx), course(ctx), learner(ctx), lesson(ctx),
                    body.toCorrection(), body.version())));
        });
        routes.get(COURSE + "/tutoring", ctx -> ctx.json(TutoringJson.of(adaptive.tutoring().tutoringCentre(
                Identities.actor(ctx), course(ctx), type(ctx)))));
        routes.get(COURSE + "/tutoring/learners", ctx -> ctx.json(adaptive.tutoring().tutoredLearners(Identities.actor(ctx),
                course(ctx), type(ctx), QueryParams.page(ctx)).map(TutoredJson::of)));
        routes.get(COURSE + "/tutoring/learners/{learnerId}/report", ctx -> ctx.json(ReportJson.of(
                adaptive.tutoring().learnerReport(Identities.actor(ctx), course(ctx), learner(ctx)))));
    }

    private static Optional<EnrolmentType> type(Context ctx) {
        return QueryParams.oneEnum(ctx, "enrolment", EnrolmentType.class);
    }

    private static CourseId course(Context ctx) {
        return CourseId.of(ctx.pathParam("courseId"));
    }

    private static PathId path(Context ctx) {
        return PathId.of(ctx.pathParam("pathId"));
    }

    private static LessonId lesson(Context ctx) {
        return LessonId.of(ctx.pathParam("lessonId"));
    }

    private static UserId learner(Context ctx) {
        return UserId.of(ctx.pathParam("learnerId"));
    }

    /** The seed's "04:16:08": hours, minutes, seconds. */
    static String clock(Duration d) {
        return String.format("%02d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }
}
