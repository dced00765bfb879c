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
import org.lmskit.credentials.OpenBadgeCredentials;
import org.lmskit.credentials.Verification;

/** Certificates: read, regenerate, revoke, export as an Open Badges 3.0 credential. */
public final class CertificateRoutes {
    /** The issuer's public keys (JWKS): public, so anyone can check a credential's signature. */
    public static final String ISSUER_KEYS = "/api/certification/issuer/jwks";
    /** Verifies a credential: public, a verifier holds the credential, not an account. */
    public static final String VERIFICATION = "/api/certification/credentials/verification";
    private static final String ONE = "/api/certification/certificates/{certificateId}";

    private final Lms lms;
    private final RequestBodies bodies;
    private final OpenBadgeCredentials credentials;

    public CertificateRoutes(Lms lms, RequestBodies bodies, OpenBadgeCredentials credentials) {
        this.lms = lms;
        this.bodies = bodies;
        this.credentials = credentials;
    }

    /** A credential to verify: the compact JWS as {@code /credential} answered it. */
    public record VerificationRequest(@NotBlank @Size(max = OpenBadgeCredentials.MAX_TOKEN_LENGTH) String credential) {
    }

    /** Valid, or why not: {@code failure} names the check that failed (BAD_SIGNATURE, EXPIRED, REVOKED...). */
    public record VerificationResponse(boolean valid, String failure, String reason, String credentialId) {
        static VerificationResponse of(Verification v) {
            return new VerificationResponse(v.valid(), v.failure().map(Enum::name).orElse(null), v.reason(),
                    v.credential().map(c -> (String) c.get("id")).orElse(null));
        }
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
        routes.get(ONE + "/credential", ctx -> ctx.contentType(OpenBadgeCredentials.MEDIA_TYPE).result(credentials.sign(
                lms.certification().certificates().openBadge(Identities.actor(ctx),
                        CertificateId.of(ctx.pathParam("certificateId"))))));
        routes.get(ISSUER_KEYS, ctx -> ctx.contentType("application/jwk-set+json").json(credentials.jwks()));
        routes.post(VERIFICATION, ctx -> ctx.json(VerificationResponse.of(
                credentials.verify(bodies.read(ctx, VerificationRequest.class).credential()))));
    }
}
