package org.lmskit.app.certification;

import io.javalin.config.RoutesConfig;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lmskit.app.certification.CertificationJson.CertificateJson;
import org.lmskit.app.http.Identities;
import org.lmskit.app.http.RequestBodies;
import org.lmskit.core.Lms;
import org.lmskit.core.error.NotFoundException;
import org.lmskit.core.id.CertificateId;

/** Certificates: read, regenerate, revoke, export as an Open Badges 3.0 credential. */
public final class CertificateRoutes {
    private static final String ONE = "/api/certification/certificates/{certificateId}";

    private final Lms lms;
    private final RequestBodies bodies;

    public CertificateRoutes(Lms lms, RequestBodies bodies) {
        this.lms = lms;
        this.bodies = bodies;
    }

    public record VersionRequest(@NotNull @Min(1) Long version) {
    }

    public record RevocationRequest(@NotNull @Min(1) Long version, @NotBlank @Size(max = 2000) String reason) {
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/certification/paths/{pathId}/learners/{learnerId}/certificate", ctx -> ctx.json(
                CertificateJson.of(lms.certification().certificates().certificateOf(Identities.actor(ctx), CaseStudyRoutes.learner(ctx),
                        CaseStudyRoutes.path(ctx)).orElseThrow(() -> new NotFoundException("certificate",
                        ctx.pathParam("learnerId") + "/" + ctx.pathParam("pathId"))))));
        routes.get(ONE, ctx -> ctx.json(CertificateJson.of(
                lms.certification().certificates().certificate(Identities.actor(ctx), CertificateId.of(ctx.pathParam("certificateId"))))));
        routes.post(ONE + "/regeneration", ctx -> {
            VersionRequest body = bodies.read(ctx, VersionRequest.class);
            ctx.json(CertificateJson.of(lms.certification().certificates().regenerate(Identities.actor(ctx),
                    CertificateId.of(ctx.pathParam("certificateId")), body.version())));
        });
        routes.post(ONE + "/revocation", ctx -> {
            RevocationRequest body = bodies.read(ctx, RevocationRequest.class);
            ctx.json(CertificateJson.of(lms.certification().certificates().revoke(Identities.actor(ctx),
                    CertificateId.of(ctx.pathParam("certificateId")), body.version(), body.reason())));
        });
        routes.get(ONE + "/open-badge", ctx -> ctx.json(
                lms.certification().certificates().openBadge(Identities.actor(ctx), CertificateId.of(ctx.pathParam("certificateId")))));
    }
}
