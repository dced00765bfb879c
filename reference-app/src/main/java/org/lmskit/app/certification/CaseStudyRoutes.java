package org.lmskit.app.certification;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.lmskit.app.certification.CertificationJson.AchievementsJson;
import org.lmskit.app.certification.CertificationJson.CaseStudyJson;
import org.lmskit.app.certification.CertificationJson.EligibilityJson;
import org.lmskit.app.certification.CertificationJson.WorkshopProgressJson;
import org.lmskit.app.certification.CertificationJson.WorkshopStepJson;
import org.lmskit.app.http.Identities;
import org.lmskit.app.http.QueryParams;
import org.lmskit.app.http.RequestBodies;
import org.lmskit.core.Lms;
import org.lmskit.core.certification.CaseStudyStatus;
import org.lmskit.core.certification.WorkshopStep;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.QuestionId;
import org.lmskit.core.id.ThemeId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.id.WorkshopId;
import org.lmskit.spi.PageRequest;

/** Badges, workshops, eligibility and the final case study of a path. */
public final class CaseStudyRoutes {
    private static final String LEARNER = "/api/certification/paths/{pathId}/learners/{learnerId}";
    private static final String MINE = "/api/certification/paths/{pathId}/case-study";

    private final Lms lms;
    private final RequestBodies bodies;

    public CaseStudyRoutes(Lms lms, RequestBodies bodies) {
        this.lms = lms;
        this.bodies = bodies;
    }

    public record BadgeRequest(@NotBlank String theme) {
    }

    public record WorkshopRequest(@NotBlank String workshop) {
    }

    /** One step of a workshop taken (seed 003). */
    public record WorkshopStepRequest(@NotNull WorkshopStep step) {
    }

    public record AnswersRequest(@NotNull @Size(max = 20) Map<String, String> answers) {
    }

    public record PointsRequest(@NotNull @Size(min = 1, max = 20) Map<String, BigDecimal> points,
                                @Size(max = 5000) String comment) {
    }

    public void register(RoutesConfig routes) {
        routes.get(LEARNER + "/achievements", ctx -> ctx.json(AchievementsJson.of(
                lms.certification().achievements().achievements(Identities.actor(ctx), learner(ctx), path(ctx)))));
        routes.post(LEARNER + "/badges", ctx -> {
            BadgeRequest body = bodies.read(ctx, BadgeRequest.class);
            ctx.json(AchievementsJson.of(lms.certification().achievements().awardBadge(Identities.actor(ctx), learner(ctx), path(ctx),
                    ThemeId.of(body.theme()))));
        });
        routes.post(LEARNER + "/workshops", ctx -> {
            WorkshopRequest body = bodies.read(ctx, WorkshopRequest.class);
            ctx.json(AchievementsJson.of(lms.certification().achievements().recordWorkshop(Identities.actor(ctx), learner(ctx),
                    path(ctx), WorkshopId.of(body.workshop()))));
        });
        routes.post(LEARNER + "/workshops/{workshopId}/steps", ctx -> {
            WorkshopStepRequest body = bodies.read(ctx, WorkshopStepRequest.class);
            // the recorder may be a tutor, who records but does not read the learner's certification
            var saved = lms.certification().achievements().recordWorkshopStep(Identities.actor(ctx), learner(ctx),
                    path(ctx), workshop(ctx), body.step());
            ctx.json(WorkshopProgressJson.of(lms.certification().achievements().workshopProgressTable()
                    .progress(workshop(ctx), saved.stepsOf(workshop(ctx)))));
        });
        routes.get(LEARNER + "/workshops/{workshopId}", ctx -> ctx.json(WorkshopProgressJson.of(
                lms.certification().achievements().workshopProgress(Identities.actor(ctx), learner(ctx), path(ctx),
                        workshop(ctx)))));
        routes.get("/api/certification/workshop-progress-table", ctx -> ctx.json(
                lms.certification().achievements().workshopProgressTable().rows().stream()
                        .map(row -> new WorkshopStepJson(row.getKey().name(), row.getKey().label(), row.getValue()))
                        .toList()));
        routes.get(LEARNER + "/eligibility", ctx -> ctx.json(EligibilityJson.of(
                lms.certification().achievements().eligibility(Identities.actor(ctx), learner(ctx), path(ctx)))));
        routes.get(LEARNER + "/case-study/questions", ctx -> ctx.json(CertificationJson.CaseStudyVersionJson.of(
                lms.certification().caseStudies().questions(Identities.actor(ctx), learner(ctx), path(ctx)))));
        routes.get(LEARNER + "/case-study", ctx -> ctx.json(CaseStudyJson.of(
                lms.certification().caseStudies().caseStudy(Identities.actor(ctx), learner(ctx), path(ctx)))));
        routes.put(MINE + "/answers", this::saveAnswers);
        routes.post(MINE + "/submission", ctx -> ctx.json(CaseStudyJson.of(
                lms.certification().caseStudies().submit(Identities.actor(ctx), path(ctx)))));
        routes.post(MINE + "/review-request", ctx -> ctx.json(CaseStudyJson.of(
                lms.certification().caseStudies().requestReview(Identities.actor(ctx), path(ctx)))));
        routes.post(LEARNER + "/case-study/correction", ctx -> {
            PointsRequest body = bodies.read(ctx, PointsRequest.class);
            ctx.json(CaseStudyJson.of(lms.certification().caseStudies().correct(Identities.actor(ctx), learner(ctx), path(ctx),
                    points(body), body.comment())));
        });
        routes.post(LEARNER + "/case-study/review", ctx -> {
            PointsRequest body = bodies.read(ctx, PointsRequest.class);
            ctx.json(CaseStudyJson.of(lms.certification().caseStudies().review(Identities.actor(ctx), learner(ctx), path(ctx),
                    points(body), body.comment())));
        });
        routes.get("/api/certification/paths/{pathId}/case-studies", ctx -> {
            CaseStudyStatus status = status(QueryParams.text(ctx, "status").orElse("SUBMITTED"));
            PageRequest page = new PageRequest(QueryParams.intInRange(ctx, "offset", 0, 0, Integer.MAX_VALUE),
                    QueryParams.intInRange(ctx, "limit", 50, 1, PageRequest.MAX_LIMIT));
            ctx.json(lms.certification().caseStudies().pile(Identities.actor(ctx), path(ctx), status, page).map(CaseStudyJson::of));
        });
    }

    private void saveAnswers(Context ctx) {
        AnswersRequest body = bodies.read(ctx, AnswersRequest.class);
        Map<QuestionId, String> answers = new HashMap<>();
        body.answers().forEach((id, text) -> answers.put(QuestionId.of(id), text));
        ctx.json(CaseStudyJson.of(lms.certification().caseStudies().saveAnswers(Identities.actor(ctx), path(ctx), answers)));
    }

    private static Map<QuestionId, BigDecimal> points(PointsRequest body) {
        Map<QuestionId, BigDecimal> points = new HashMap<>();
        body.points().forEach((id, value) -> {
            if (value == null) {
                throw InvalidInputException.of("points." + id, "must be a number");
            }
            points.put(QuestionId.of(id), value);
        });
        return points;
    }

    private static CaseStudyStatus status(String text) {
        try {
            return CaseStudyStatus.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("status", "must be one of " + java.util.Arrays.toString(CaseStudyStatus.values()));
        }
    }

    private static WorkshopId workshop(Context ctx) {
        return WorkshopId.of(ctx.pathParam("workshopId"));
    }

    static PathId path(Context ctx) {
        return PathId.of(ctx.pathParam("pathId"));
    }

    static UserId learner(Context ctx) {
        return UserId.of(ctx.pathParam("learnerId"));
    }
}
