package org.lmskit.spi.certification;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A certificate: one per (learner, path), its level and grade, when issued, regenerated or revoked. */
public record CertificateRecord(String certificateId, String learnerId, String pathId, String level, BigDecimal grade,
                                Instant issuedAt, Optional<Instant> regeneratedAt, Optional<Instant> revokedAt,
                                long version) {
    public CertificateRecord {
        Objects.requireNonNull(certificateId, "certificateId");
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(pathId, "pathId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(regeneratedAt, "regeneratedAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }

    public CertificateRecord withVersion(long newVersion) {
        return new CertificateRecord(certificateId, learnerId, pathId, level, grade, issuedAt, regeneratedAt, revokedAt,
                newVersion);
    }
}
