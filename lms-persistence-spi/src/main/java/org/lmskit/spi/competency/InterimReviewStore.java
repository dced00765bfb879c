package org.lmskit.spi.competency;

import java.util.List;
import java.util.Optional;

/** Interim reviews under optimistic versions. */
public interface InterimReviewStore {

    Optional<InterimReviewRecord> find(String reviewId);

    /** A learner's reviews, oldest first (then id). */
    List<InterimReviewRecord> findByLearner(String learnerId);

    /** @throws org.lmskit.spi.DuplicateKeyException the id is taken */
    InterimReviewRecord insert(InterimReviewRecord review);

    /** @throws org.lmskit.spi.StaleVersionException the stored version differs, or nothing is stored */
    InterimReviewRecord update(InterimReviewRecord review);
}
