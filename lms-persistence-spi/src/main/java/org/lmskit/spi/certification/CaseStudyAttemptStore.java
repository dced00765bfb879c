package org.lmskit.spi.certification;

import java.util.Optional;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;

/** One case study per (learner, path), under optimistic versions. */
public interface CaseStudyAttemptStore {

    Optional<CaseStudyAttemptRecord> find(String learnerId, String pathId);

    /** @throws org.lmskit.spi.DuplicateKeyException the learner already started the path's case study */
    CaseStudyAttemptRecord insert(CaseStudyAttemptRecord attempt);

    /** @throws org.lmskit.spi.StaleVersionException the stored version differs, or nothing is stored */
    CaseStudyAttemptRecord update(CaseStudyAttemptRecord attempt);

    /** The attempts of a path in a status, oldest submission first (then learner id): a corrector's pile. */
    Page<CaseStudyAttemptRecord> findByStatus(String pathId, String status, PageRequest page);
}
