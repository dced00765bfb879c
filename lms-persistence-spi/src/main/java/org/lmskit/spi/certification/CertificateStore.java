package org.lmskit.spi.certification;

import java.util.Optional;

/** Certificates, under optimistic versions; (learner, path) is unique. */
public interface CertificateStore {

    Optional<CertificateRecord> find(String certificateId);

    Optional<CertificateRecord> findByLearnerAndPath(String learnerId, String pathId);

    /** @throws org.lmskit.spi.DuplicateKeyException the id, or the (learner, path) pair, is taken */
    CertificateRecord insert(CertificateRecord certificate);

    /** @throws org.lmskit.spi.StaleVersionException the stored version differs, or nothing is stored */
    CertificateRecord update(CertificateRecord certificate);
}
