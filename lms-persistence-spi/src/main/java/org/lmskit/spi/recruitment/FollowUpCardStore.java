package org.lmskit.spi.recruitment;

import java.time.Instant;
import java.util.Optional;
import org.lmskit.spi.Page;

/** Follow-up cards under optimistic versions; one card per (company, candidate). */
public interface FollowUpCardStore {

    Optional<FollowUpCardRecord> find(String cardId);

    Optional<FollowUpCardRecord> findByCandidate(String companyId, String candidateId);

    /** @throws org.lmskit.spi.DuplicateKeyException the id is taken, or the company already has a card for the candidate */
    FollowUpCardRecord insert(FollowUpCardRecord card);

    /** @throws org.lmskit.spi.StaleVersionException the stored version differs, or nothing is stored */
    FollowUpCardRecord update(FollowUpCardRecord card);

    /** The portfolio search, criteria pushed into the store; see {@link CardQuery}. */
    Page<FollowUpCardRecord> search(CardQuery query);

    /** Whether the recruiter created a card of the company that is due strictly before {@code now}: the pool-search block. */
    boolean hasOverdue(String companyId, String createdBy, Instant now);
}
