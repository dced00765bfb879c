package org.lmskit.app.certification;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.stream.Collectors;
import org.lmskit.core.certification.CaseStudyQuestion;
import org.lmskit.core.certification.CaseStudyVersion;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.NotFoundException;
import org.lmskit.core.certification.CertificationPathSetup;
import org.lmskit.core.id.QuestionId;
import org.lmskit.core.id.ThemeId;
import java.math.BigDecimal;
import org.lmskit.app.http.Identities;
import org.lmskit.app.http.QueryParams;
import org.lmskit.app.http.RequestBodies;
import org.lmskit.core.certification.CertificationService;
import org.lmskit.core.certification.GradingResult;
import org.lmskit.core.certification.GradingTable;
import org.lmskit.core.certification.PathGradingTable;
import org.lmskit.core.id.PathId;

/**
 * {@code POST /api/certification/levels} grades with the seed's scale and needs no identity (it
 * reveals nothing about anyone); the per-path resources need an authenticated user, and changing a
 * table an administrator.
 */
public final class CertificationRoutes {
    public static final String PUBLIC_LEVELS = "/api/certification/levels";
    private static final String TABLE = "/api/certification/paths/{pathId}/grading-table";
    private static final String SETUP = "/api/certification/paths/{pathId}/setup";
    private static final String CASE_STUDIES = "/api/certification/paths/{pathId}/case-studies";

    private final CertificationService certification;
    private final RequestBodies bodies;

    public CertificationRoutes(CertificationService certification, RequestBodies bodies) {
        this.certification = certification;
        this.bodies = bodies;
    }

    public record GradeRequest(@NotNull BigDecimal grade) {
    }

    public record GradeResponse(BigDecimal grade, String level) {
        static GradeResponse of(GradingResult result) {
            return new GradeResponse(result.grade().value(), result.level().name());
        }
    }

    public record GradingTableRequest(@NotNull BigDecimal gold, @NotNull BigDecimal silver,
                                      @NotNull BigDecimal bronze, @NotNull @Min(0) Long version) {
    }

    public record GradingTableResponse(String pathId, BigDecimal gold, BigDecimal silver, BigDecimal bronze,
                                       long version, boolean defaults) {
        static GradingTableResponse of(PathGradingTable t) {
            return new GradingTableResponse(t.pathId().value(), t.table().gold(), t.table().silver(),
                    t.table().bronze(), t.version(), t.isDefault());
        }
    }

    public record QuestionBody(@NotNull String id, @NotNull String prompt, @NotNull BigDecimal maxPoints) {
    }

    public record SetupRequest(@NotNull Boolean certifying, @NotNull @Size(max = 100) List<String> mandatoryThemes,
                               @NotNull @Min(0) Integer requiredWorkshops, @NotNull @Size(max = 20) List<QuestionBody> caseStudy,
                               @NotNull @Min(0) Long version) {
    }

    /** A new case study for the path (seed 003); {@code version} is the path set-up's version read. */
    public record CaseStudyRequest(@NotNull @Size(max = 20) List<QuestionBody> questions,
                                   @NotNull @Min(0) Long version) {
    }

    public void register(RoutesConfig routes) {
        routes.get(SETUP, ctx -> ctx.json(CertificationJson.SetupJson.of(certification.pathSetup(pathId(ctx)),
                certification.currentCaseStudy(pathId(ctx)))));
        routes.put(SETUP, this::defineSetup);
        routes.post(CASE_STUDIES, this::publishCaseStudy);
        routes.get(CASE_STUDIES + "/{caseStudyVersion}", ctx -> ctx.json(CertificationJson.CaseStudyVersionJson.of(
                certification.caseStudy(pathId(ctx), caseStudyVersion(ctx)).orElseThrow(() -> new NotFoundException(
                        "case-study-version", pathId(ctx) + "/" + ctx.pathParam("caseStudyVersion"))))));
        routes.post(PUBLIC_LEVELS, this::gradeWithDefaults);
        routes.post("/api/certification/paths/{pathId}/levels", this::gradeForPath);
        routes.get(TABLE, ctx -> ctx.json(GradingTableResponse.of(certification.gradingTable(pathId(ctx)))));
        routes.put(TABLE, this::defineTable);
        routes.delete(TABLE, this::resetTable);
    }

    private void defineSetup(Context ctx) {
        PathId pathId = pathId(ctx);
        SetupRequest body = bodies.read(ctx, SetupRequest.class);
        CertificationPathSetup setup = new CertificationPathSetup(pathId, body.certifying(),
                body.mandatoryThemes().stream().map(ThemeId::of).collect(Collectors.toSet()), body.requiredWorkshops(),
                body.caseStudy().stream().map(q -> new CaseStudyQuestion(QuestionId.of(q.id()), q.prompt(), q.maxPoints()))
                        .toList(),
                body.version());
        CertificationPathSetup saved = certification.definePathSetup(Identities.actor(ctx), setup);
        ctx.json(CertificationJson.SetupJson.of(saved, certification.currentCaseStudy(pathId)));
    }

    private void publishCaseStudy(Context ctx) {
        PathId pathId = pathId(ctx);
        CaseStudyRequest body = bodies.read(ctx, CaseStudyRequest.class);
        CaseStudyVersion published = certification.publishCaseStudy(Identities.actor(ctx), pathId, body.questions()
                .stream().map(q -> new CaseStudyQuestion(QuestionId.of(q.id()), q.prompt(), q.maxPoints())).toList(),
                body.version());
        ctx.status(201).header("Location", "/api/certification/paths/" + pathId + "/case-studies/" + published.version())
                .json(CertificationJson.CaseStudyVersionJson.of(published));
    }

    /** A case-study version number from the path; a number outside 1..int's range is a 400 on the parameter. */
    private static int caseStudyVersion(Context ctx) {
        String text = ctx.pathParam("caseStudyVersion");
        try {
            int version = Integer.parseInt(text);
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw InvalidInputException.of("caseStudyVersion", "must be a whole number from 1");
    }

    private void gradeWithDefaults(Context ctx) {
        GradeRequest request = bodies.read(ctx, GradeRequest.class);
        ctx.json(GradeResponse.of(certification.grade(request.grade())));
    }

    private void gradeForPath(Context ctx) {
        PathId pathId = pathId(ctx);
        GradeRequest request = bodies.read(ctx, GradeRequest.class);
        ctx.json(GradeResponse.of(certification.grade(pathId, request.grade())));
    }

    private void defineTable(Context ctx) {
        PathId pathId = pathId(ctx);
        GradingTableRequest request = bodies.read(ctx, GradingTableRequest.class);
        GradingTable table = GradingTable.of(request.gold(), request.silver(), request.bronze());
        PathGradingTable saved = certification.defineGradingTable(Identities.actor(ctx), pathId, table,
                request.version());
        ctx.json(GradingTableResponse.of(saved));
    }

    private void resetTable(Context ctx) {
        PathId pathId = pathId(ctx);
        long version = QueryParams.requiredLong(ctx, "version");
        certification.resetGradingTable(Identities.actor(ctx), pathId, version);
        ctx.status(204);
    }

    private static PathId pathId(Context ctx) {
        return PathId.of(ctx.pathParam("pathId"));
    }
}
