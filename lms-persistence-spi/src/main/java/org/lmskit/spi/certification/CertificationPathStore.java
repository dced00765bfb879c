package org.lmskit.spi.certification;

import java.util.Optional;

/** One certification set-up per path, under optimistic versions. */
public interface CertificationPathStore {

    Optional<CertificationPathRecord> find(String pathId);

    /** @throws org.lmskit.spi.DuplicateKeyException the path already has a set-up */
    CertificationPathRecord insert(CertificationPathRecord path);

    /** @throws org.lmskit.spi.StaleVersionException the stored version differs, or nothing is stored */
    CertificationPathRecord update(CertificationPathRecord path);
}
