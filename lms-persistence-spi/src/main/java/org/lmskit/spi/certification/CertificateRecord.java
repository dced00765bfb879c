package org.lmskit.spi.certification;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.lmskit.spi.Required;

/** A certificate: one per (learner, path), its level and grade, when issued, regenerated or revoked. */
public record CertificateRecord(String certificateId, String learnerId, String pathId, String level, BigDecimal grade,
                                Instant issuedAt, Optional<Instant> regeneratedAt, Optional<Instant> revokedAt,
                                long version) {
    public CertificateRecord {
        Required.fields("certificateId learnerId pathId level grade issuedAt regeneratedAt revokedAt",
                certificateId, learnerId, pathId, level, grade, issuedAt, regeneratedAt, revokedAt);
    }

    public CertificateRecord withVersion(long newVersion) {
        return new CertificateRecord(certificateId, learnerId, pathId, level, grade, issuedAt, regeneratedAt, revokedAt,
                newVersion);
    }
}
