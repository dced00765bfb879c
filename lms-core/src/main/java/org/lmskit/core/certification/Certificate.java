package org.lmskit.core.certification;

import java.time.Instant;
import java.util.Optional;
import org.lmskit.core.id.CertificateId;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.UserId;

/** A gold, silver or bronze certificate of a learner on a path. */
public record Certificate(CertificateId id, UserId learner, PathId pathId, CertificationLevel level, Grade grade,
                          Instant issuedAt, Optional<Instant> regeneratedAt, Optional<Instant> revokedAt, long version) {
    /** Whether the certificate was revoked. */
    public boolean revoked() {
        return revokedAt.isPresent();
    }
}
