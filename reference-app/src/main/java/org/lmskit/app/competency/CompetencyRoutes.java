package org.lmskit.app.competency;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lmskit.app.http.Identities;
import org.lmskit.app.http.QueryParams;
import org.lmskit.app.http.RequestBodies;
import org.lmskit.core.Lms;
import org.lmskit.core.competency.Catalogue;
import org.lmskit.core.competency.CompetencyCapability;
import org.lmskit.core.competency.InterimReview;
import org.lmskit.core.competency.LevelValue;
import org.lmskit.core.competency.Positioning;
import org.lmskit.core.competency.ReviewService;
import org.lmskit.core.competency.Scale;
import org.lmskit.core.competency.ScaleLevel;
import org.lmskit.core.competency.ScoreThresholds;
import org.lmskit.core.competency.Source;
import org.lmskit.core.competency.CompetencyViews;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.JobId;
import org.lmskit.core.id.ProfileId;
import org.lmskit.core.id.ReviewId;
import org.lmskit.core.id.ScaleId;
import org.lmskit.core.id.UserId;
import org.lmskit.spi.PageRequest;

/** The competency catalogue, learners' jobs and gaps, positionings, team views and interim reviews. A null level means "not applicable". */
public final class CompetencyRoutes {
    private static final String LEARNER = "/api/competency/learners/{learnerId}";
    private static final String REVIEW = "/api/competency/reviews/{reviewId}";

    private final CompetencyCapability competencies;
    private final ReviewService reviews;
    private final RequestBodies bodies;

    public CompetencyRoutes(Lms lms, RequestBodies bodies) {
        this.competencies = lms.competencies();
        this.reviews = lms.competencies().reviews();
        this.bodies = bodies;
    }

    public record LevelBody(@NotBlank String code, @NotBlank String label, String description) {
    }

    public record ScaleRequest(@NotBlank String name, @NotNull @Size(min = 2, max = 20) List<@Valid LevelBody> levels,
                               @NotNull Boolean notApplicableAllowed, @NotNull @Min(0) Long version) {
    }

    public record ThresholdBody(@NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal minScore, @NotBlank String level) {
    }

    public record CompetencyRequest(@NotBlank String title, String description, String scale,
                                    List<@Valid ThresholdBody> thresholds, @NotNull @Min(0) Long version) {
    }

    public record ProfileRequest(@NotBlank String name, @NotNull @Size(max = 200) List<String> competencies,
                                 @NotNull @Min(0) Long version) {
    }

    public record JobRequest(@NotBlank String title, @NotNull List<String> profiles,
                             @NotNull Map<String, String> requirements, @NotNull @Min(0) Long version) {
    }

    public record AssignRequest(@NotBlank String jobId) {
    }

    public record PositioningRequest(@NotBlank String competency, @NotNull Source source, String level, BigDecimal score,
                                     @Size(max = 5000) String comment, Boolean notApplicable) {
    }

    public record ReviewRequest(@NotNull @Size(min = 1, max = 500) Map<String, String> positions,
                                @Size(max = 10000) String findings, @Size(max = 10000) String advice, Long version) {
    }

    /** Seed 002's confirmation gesture: the author types this word before a review is finalized. */
    static final String CONFIRMATION = "CONFIRMATION";
    static final String REVIEW_CONFIRMATION = "competency.review.confirmation";

    public record FinalizeRequest(@NotNull String confirmation, @NotNull @Min(1) Long version) {
    }

    public record UnlockRequest(@NotBlank String reason, @NotNull @Min(1) Long version) {
    }

    record PositioningJson(long id, String learner, String competency, String level, String source, String actor,
                           Instant at, BigDecimal score, String comment) {
        static PositioningJson of(Positioning p) {
            return new PositioningJson(p.id(), p.learner().value(), p.competency().value(), p.level().code().orElse(null),
                    p.source().name(), p.actor().value(), p.at(), p.score().orElse(null), p.comment().orElse(null));
        }
    }

    record GapJson(String code, String title, String required, String acquired, String selfAssessed, String status,
                   PositioningJson decidedBy, String explanation, List<CompetencyViews.Training> trainings) {
        static GapJson of(CompetencyViews.CompetencyGap g) {
            return new GapJson(g.code().value(), g.title(), g.required().code().orElse(null),
                    g.acquired().flatMap(LevelValue::code).orElse(g.acquired().isPresent() ? "N/A" : null),
                    g.selfAssessed().map(LevelValue::toString).orElse(null), g.status().name(),
                    g.deciding().map(PositioningJson::of).orElse(null), g.explanation(), g.trainings());
        }
    }

    record ProfileJson(String id, String name, CompetencyViews.Summary summary, CompetencyViews.Radar radar, List<GapJson> competencies) {
    }

    record JobViewJson(String learner, String job, String jobTitle, Instant from, Instant to, CompetencyViews.Summary summary,
                       List<ProfileJson> profiles) {
        static JobViewJson of(CompetencyViews.JobView v) {
            return new JobViewJson(v.learner().value(), v.job().value(), v.jobTitle(), v.period().from().orElse(null),
                    v.period().to().orElse(null), v.summary(), v.profiles().stream()
                    .map(p -> new ProfileJson(p.id().value(), p.name(), p.summary(), p.radar(),
                            p.gaps().stream().map(GapJson::of).toList()))
                    .toList());
        }
    }

    record TeamRowJson(String learner, String name, String job, String jobTitle, int percent, int acquired,
                       int applicable, int notEvaluated) {
        static TeamRowJson of(CompetencyViews.TeamRow r) {
            return new TeamRowJson(r.learner().value(), r.name(), r.job().map(JobId::value).orElse(null),
                    r.jobTitle().orElse(null), r.summary().percent(), r.summary().acquired(), r.summary().applicable(),
                    r.summary().notEvaluated());
        }
    }

    record ReviewJson(String id, String learner, String status, Map<String, String> positions, String findings,
                      String advice, String author, Instant createdAt, Instant finalizedAt, String finalizedBy,
                      long version) {
        static ReviewJson of(InterimReview r) {
            Map<String, String> positions = new java.util.TreeMap<>();
            r.positions().forEach((k, v) -> positions.put(k.value(), v.code().orElse(null)));
            return new ReviewJson(r.id().value(), r.learner().value(), r.status().name(), positions, r.findings(),
                    r.advice(), r.author().value(), r.createdAt(), r.finalizedAt().orElse(null),
                    r.finalizedBy().map(UserId::value).orElse(null), r.version());
        }
    }

    record ScaleJson(String id, String name, List<ScaleLevel> levels, boolean notApplicableAllowed, long version) {
        static ScaleJson of(Scale s) {
            return new ScaleJson(s.id().value(), s.name(), s.levels(), s.notApplicableAllowed(), s.version());
        }
    }

    record CompetencyJson(String code, String title, String description, String scale,
                          List<ScoreThresholds.Threshold> thresholds, long version) {
        static CompetencyJson of(Catalogue.Competency c) {
            return new CompetencyJson(c.code().value(), c.title(), c.description(), c.scale().value(),
                    c.thresholds().thresholds(), c.version());
        }
    }

    record CatalogueProfileJson(String id, String name, List<String> competencies, long version) {
        static CatalogueProfileJson of(Catalogue.Profile p) {
            return new CatalogueProfileJson(p.id().value(), p.name(),
                    p.competencies().stream().map(CompetencyCode::value).toList(), p.version());
        }
    }

    record JobJson(String id, String title, List<String> profiles, Map<String, String> requirements, long version) {
        static JobJson of(Catalogue.Job j) {
            Map<String, String> requirements = new LinkedHashMap<>();
            j.requirements().forEach((code, level) -> requirements.put(code.value(), level.code().orElse(null)));
            return new JobJson(j.id().value(), j.title(), j.profiles().stream().map(ProfileId::value).toList(),
                    requirements, j.version());
        }
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/competency/scales/{scaleId}", ctx -> ctx.json(ScaleJson.of(
                competencies.catalogue().scale(ScaleId.of(ctx.pathParam("scaleId"))))));
        routes.put("/api/competency/scales/{scaleId}", ctx -> {
            ScaleRequest body = bodies.read(ctx, ScaleRequest.class);
            ctx.json(ScaleJson.of(competencies.catalogue().defineScale(Identities.actor(ctx), new Scale(
                    ScaleId.of(ctx.pathParam("scaleId")), body.name(), body.levels().stream()
                    .map(l -> new ScaleLevel(l.code(), l.label(), l.description())).toList(),
                    body.notApplicableAllowed(), body.version()))));
        });
        routes.get("/api/competency/competencies/{code}", ctx -> ctx.json(CompetencyJson.of(
                competencies.catalogue().competency(CompetencyCode.of(ctx.pathParam("code"))))));
        routes.put("/api/competency/competencies/{code}", this::defineCompetency);
        routes.put("/api/competency/profiles/{profileId}", ctx -> {
            ProfileRequest body = bodies.read(ctx, ProfileRequest.class);
            ctx.json(CatalogueProfileJson.of(competencies.catalogue().defineProfile(Identities.actor(ctx), new Catalogue.Profile(
                    ProfileId.of(ctx.pathParam("profileId")), body.name(),
                    body.competencies().stream().map(CompetencyCode::of).toList(), body.version()))));
        });
        routes.get("/api/competency/jobs/{jobId}", ctx -> ctx.json(JobJson.of(
                competencies.catalogue().job(JobId.of(ctx.pathParam("jobId"))))));
        routes.put("/api/competency/jobs/{jobId}", ctx -> {
            JobRequest body = bodies.read(ctx, JobRequest.class);
            ctx.json(JobJson.of(competencies.catalogue().defineJob(Identities.actor(ctx), new Catalogue.Job(
                    JobId.of(ctx.pathParam("jobId")), body.title(), body.profiles().stream().map(ProfileId::of).toList(),
                    levels(body.requirements()), body.version()))));
        });
        routes.put(LEARNER + "/job", ctx -> {
            AssignRequest body = bodies.read(ctx, AssignRequest.class);
            competencies.positionings().assignJob(Identities.actor(ctx), learner(ctx), JobId.of(body.jobId()));
            ctx.status(204);
        });
        routes.get(LEARNER + "/job-view", ctx -> ctx.json(JobViewJson.of(
                competencies.views().jobView(Identities.actor(ctx), learner(ctx), period(ctx)))));
        routes.get(LEARNER + "/jobs/{jobId}/comparison", ctx -> ctx.json(JobViewJson.of(competencies.views().compare(
                Identities.actor(ctx), learner(ctx), JobId.of(ctx.pathParam("jobId")), period(ctx)))));
        routes.post(LEARNER + "/positionings", this::position);
        routes.get(LEARNER + "/history", ctx -> ctx.json(competencies.positionings().history(Identities.actor(ctx), learner(ctx),
                new PageRequest(QueryParams.intInRange(ctx, "offset", 0, 0, Integer.MAX_VALUE),
                        QueryParams.intInRange(ctx, "limit", 50, 1, PageRequest.MAX_LIMIT))).map(PositioningJson::of)));
        routes.get("/api/competency/team", ctx -> {
            String sort = QueryParams.text(ctx, "sort").orElse("NAME");
            String order = QueryParams.text(ctx, "order").orElse("asc");
            if (!List.of("NAME", "PERCENT").contains(sort)) {
                throw InvalidInputException.of("sort", "must be NAME or PERCENT");
            }
            if (!List.of("asc", "desc").contains(order)) {
                throw InvalidInputException.of("order", "must be asc or desc");
            }
            ctx.json(competencies.views().teamView(Identities.actor(ctx), QueryParams.text(ctx, "name"),
                    CompetencyViews.TeamSort.valueOf(sort), order.equals("desc"), period(ctx)).stream().map(TeamRowJson::of).toList());
        });
        routes.post(LEARNER + "/reviews", ctx -> {
            ReviewRequest body = bodies.read(ctx, ReviewRequest.class);
            ctx.status(201).json(ReviewJson.of(reviews.draft(Identities.actor(ctx), learner(ctx),
                    levels(body.positions()), body.findings(), body.advice())));
        });
        routes.get(LEARNER + "/reviews", ctx -> ctx.json(reviews.reviews(Identities.actor(ctx), learner(ctx)).stream()
                .map(ReviewJson::of).toList()));
        routes.get(REVIEW, ctx -> ctx.json(ReviewJson.of(reviews.review(Identities.actor(ctx), review(ctx)))));
        routes.put(REVIEW, ctx -> {
            ReviewRequest body = bodies.read(ctx, ReviewRequest.class);
            if (body.version() == null) {
                throw InvalidInputException.of("version", "is required");
            }
            ctx.json(ReviewJson.of(reviews.update(Identities.actor(ctx), review(ctx), levels(body.positions()),
                    body.findings(), body.advice(), body.version())));
        });
        routes.post(REVIEW + "/finalization", ctx -> {
            FinalizeRequest body = bodies.read(ctx, FinalizeRequest.class);
            if (!CONFIRMATION.equals(body.confirmation())) {
                throw new RuleRefusedException(REVIEW_CONFIRMATION, "confirmation",
                        "type the word CONFIRMATION in capitals to finalize the review");
            }
            ctx.json(ReviewJson.of(reviews.finalize(Identities.actor(ctx), review(ctx), body.version())));
        });
        routes.post(REVIEW + "/unlock", ctx -> {
            UnlockRequest body = bodies.read(ctx, UnlockRequest.class);
            ctx.json(ReviewJson.of(reviews.unlock(Identities.actor(ctx), review(ctx), body.reason(), body.version())));
        });
        routes.get(REVIEW + "/comparison", ctx -> {
            ReviewService.Comparison comparison = reviews.compare(Identities.actor(ctx), review(ctx));
            ctx.json(Map.of("current", ReviewJson.of(comparison.current()),
                    "previous", comparison.previous().map(ReviewJson::of).map(Object.class::cast).orElse(Map.of()),
                    "radar", comparison.positions().stream().map(p -> Map.of("competency", p.competency().value(),
                            "previous", p.previousRank(), "current", p.currentRank())).toList()));
        });
        routes.get(REVIEW + "/grade", ctx -> {
            ReviewService.ReviewGrade grade = reviews.grade(Identities.actor(ctx), review(ctx));
            ctx.json(Map.of("grade", grade.grade(), "counted", grade.counted(),
                    "excluded", grade.excluded().stream().map(CompetencyCode::value).toList(), "formula", grade.formula()));
        });
    }

    private void defineCompetency(Context ctx) {
        CompetencyRequest body = bodies.read(ctx, CompetencyRequest.class);
        ScaleId scaleId = body.scale() == null || body.scale().isBlank() ? Scale.DEFAULT_ID : ScaleId.of(body.scale());
        ScoreThresholds thresholds = body.thresholds() == null || body.thresholds().isEmpty()
                ? ScoreThresholds.evenlyOver(competencies.catalogue().scale(scaleId))
                : new ScoreThresholds(body.thresholds().stream()
                        .map(t -> new ScoreThresholds.Threshold(t.minScore(), t.level())).toList());
        ctx.json(CompetencyJson.of(competencies.catalogue().defineCompetency(Identities.actor(ctx), new Catalogue.Competency(
                CompetencyCode.of(ctx.pathParam("code")), body.title(), body.description(), scaleId, thresholds,
                body.version()))));
    }

    private void position(Context ctx) {
        PositioningRequest body = bodies.read(ctx, PositioningRequest.class);
        Optional<LevelValue> level = Boolean.TRUE.equals(body.notApplicable()) ? Optional.of(LevelValue.notApplicable())
                : Optional.ofNullable(body.level()).filter(l -> !l.isBlank()).map(LevelValue::of);
        ctx.status(201).json(PositioningJson.of(competencies.positionings().position(Identities.actor(ctx), learner(ctx),
                CompetencyCode.of(body.competency()), body.source(), level, Optional.ofNullable(body.score()),
                Optional.ofNullable(body.comment()))));
    }

    private static Map<CompetencyCode, LevelValue> levels(Map<String, String> raw) {
        Map<CompetencyCode, LevelValue> levels = new LinkedHashMap<>();
        raw.forEach((code, level) -> levels.put(CompetencyCode.of(code),
                level == null ? LevelValue.notApplicable() : LevelValue.of(level)));
        return levels;
    }

    private static CompetencyViews.Period period(Context ctx) {
        return new CompetencyViews.Period(QueryParams.instant(ctx, "from"), QueryParams.instant(ctx, "to"));
    }

    private static UserId learner(Context ctx) {
        return UserId.of(ctx.pathParam("learnerId"));
    }

    private static ReviewId review(Context ctx) {
        return ReviewId.of(ctx.pathParam("reviewId"));
    }
}
