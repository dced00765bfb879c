package org.lmskit.core.certification;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lmskit.core.domain.Texts;
import org.lmskit.core.internal.Operations;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.NotFoundException;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.id.CertificateId;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.spi.audit.FieldChange;
import org.lmskit.spi.certification.CertificateRecord;

/**
 * Certificates: issued when a case study earns bronze or better, regenerated (seed 003: "Le
 * certificat est alors regénéré", same level) or revoked by an administrator, exported as Open Badges 3.0.
 */
public final class CertificateService {
    static final String RECORD_TYPE = "certificate";

    private final CertificationContext ctx;
    private final CertificationService paths;

    CertificateService(CertificationContext ctx, CertificationService paths) {
        this.ctx = ctx;
        this.paths = paths;
    }

    /** A certificate by id, read by its learner, their managers, correctors and administrators. */
    public Certificate certificate(Actor actor, CertificateId id) {
        Operations.requireActor(actor);
        Operations.required("certificateId", id);
        Certificate certificate = load(id);
        ctx.access.requireRead(actor, certificate.learner());
        return certificate;
    }

    /** The learner's certificate on a path, if one was issued. */
    public Optional<Certificate> certificateOf(Actor actor, UserId learner, PathId pathId) {
        LearnerAccess.requireLearner(learner);
        CertificationService.requirePath(pathId);
        ctx.access.requireRead(actor, learner);
        return ctx.storage.certificates().findByLearnerAndPath(learner.value(), pathId.value()).map(CertificationRecords::certificate);
    }

    /** Regenerates the certificate's document: same level and grade, a new date. */
    public Certificate regenerate(Actor actor, CertificateId id, long expectedVersion) {
        ctx.access.requireRole(actor, "certification.certificate.manage", Role.ADMINISTRATOR);
        return ctx.write(() -> {
            Certificate current = loadAt(id, expectedVersion);
            requireNotRevoked(actor, current);
            Certificate regenerated = save(new Certificate(current.id(), current.learner(), current.pathId(),
                    current.level(), current.grade(), current.issuedAt(), Optional.of(ctx.now()), Optional.empty(),
                    current.version()));
            ctx.audit.record(actor, RECORD_TYPE, id.value(), "regenerated", List.of());
            return regenerated;
        });
    }

    /** Revokes the certificate: the learner no longer holds the level. Audited with the reason. */
    public Certificate revoke(Actor actor, CertificateId id, long expectedVersion, String reason) {
        ctx.access.requireRole(actor, "certification.certificate.manage", Role.ADMINISTRATOR);
        Texts.paragraph("reason", reason, Texts.PARAGRAPH);
        Certificate revoked = ctx.write(() -> {
            Certificate current = loadAt(id, expectedVersion);
            requireNotRevoked(actor, current);
            Certificate saved = save(new Certificate(current.id(), current.learner(), current.pathId(), current.level(),
                    current.grade(), current.issuedAt(), current.regeneratedAt(), Optional.of(ctx.now()),
                    current.version()));
            ctx.audit.record(actor, RECORD_TYPE, id.value(), "revoked",
                    List.of(new FieldChange("level", current.level().name(), null), new FieldChange("reason", null, reason)));
            return saved;
        });
        ctx.publish(new CertificationEvent.CertificateRevoked(ctx.now(), id, actor.id()));
        return revoked;
    }

    /** The certificate as an Open Badges 3.0 {@code OpenBadgeCredential}, ready to serialize as JSON. */
    public Map<String, Object> openBadge(Actor actor, CertificateId id) {
        Operations.requireActor(actor);
        Operations.required("certificateId", id);
        Certificate certificate = certificate(actor, id);
        requireNotRevoked(actor, certificate);
        return OpenBadges.credential(certificate, ctx.settings, paths.gradingTable(certificate.pathId()).table());
    }

    /** The issuer's id in the credentials it exports: the configured issuer URL, without a trailing slash. */
    public String issuerId() {
        return OpenBadges.issuerId(ctx.settings);
    }

    /**
     * Where a credential this issuer exported stands, for anyone verifying it (no actor: a verifier holds the
     * credential, not an account); {@code credentialId} is the credential's {@code id}. A regenerated or
     * re-levelled certificate's older credentials are {@link CredentialStatus#SUPERSEDED}.
     */
    public CredentialStatus credentialStatus(String credentialId) {
        Optional<Map.Entry<String, Long>> document = OpenBadges.document(ctx.settings, credentialId);
        Optional<Certificate> certificate;
        try {
            certificate = document.map(d -> CertificateId.of(d.getKey()))
                    .flatMap(id -> ctx.storage.certificates().find(id.value())).map(CertificationRecords::certificate);
        } catch (InvalidInputException notAnId) {
            return CredentialStatus.UNKNOWN;
        }
        if (certificate.isEmpty()) {
            return CredentialStatus.UNKNOWN;
        }
        if (certificate.get().revoked()) {
            return CredentialStatus.REVOKED;
        }
        return certificate.get().version() == document.get().getValue() ? CredentialStatus.ACTIVE
                : CredentialStatus.SUPERSEDED;
    }

    /** Issues, or after a review re-levels, the learner's certificate inside the caller's transaction. */
    Certificate issue(UserId learner, PathId pathId, Grade grade, CertificationLevel level) {
        Optional<CertificateRecord> existing = ctx.storage.certificates().findByLearnerAndPath(learner.value(),
                pathId.value());
        if (existing.isPresent()) {
            Certificate current = CertificationRecords.certificate(existing.get());
            return save(new Certificate(current.id(), learner, pathId, level, grade, current.issuedAt(),
                    Optional.of(ctx.now()), Optional.empty(), current.version()));
        }
        Certificate issued = CertificationRecords.certificate(ctx.storage.certificates().insert(CertificationRecords.record(new Certificate(
                CertificateId.of(ctx.ids.next()), learner, pathId, level, grade, ctx.now(), Optional.empty(),
                Optional.empty(), 0))));
        ctx.publish(new CertificationEvent.CertificateIssued(ctx.now(), issued.id(), learner, pathId, level));
        return issued;
    }

    private Certificate load(CertificateId id) {
        if (id == null) {
            throw InvalidInputException.of("certificateId", "is required");
        }
        return ctx.storage.certificates().find(id.value()).map(CertificationRecords::certificate)
                .orElseThrow(() -> new NotFoundException(RECORD_TYPE, id.value()));
    }

    private Certificate loadAt(CertificateId id, long expectedVersion) {
        Certificate current = load(id);
        return new Certificate(current.id(), current.learner(), current.pathId(), current.level(), current.grade(),
                current.issuedAt(), current.regeneratedAt(), current.revokedAt(), expectedVersion);
    }

    private void requireNotRevoked(Actor actor, Certificate certificate) {
        if (certificate.revoked()) {
            ctx.refuse(actor, new RuleRefusedException(CertificationRefusals.CERTIFICATE_REVOKED, "certificateId",
                    "certificate " + certificate.id() + " was revoked"));
        }
    }

    private Certificate save(Certificate certificate) {
        return CertificationRecords.certificate(ctx.storage.certificates().update(CertificationRecords.record(certificate)));
    }
}
