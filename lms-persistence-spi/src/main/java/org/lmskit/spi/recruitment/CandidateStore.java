package org.lmskit.spi.recruitment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.lmskit.spi.Page;

/** The candidate pool under optimistic versions. */
public interface CandidateStore {

    Optional<CandidateRecord> find(String candidateId);

    /** Several candidates in one call, ordered by id; unknown ids are skipped. */
    List<CandidateRecord> findAll(Collection<String> candidateIds);

    /** @throws org.lmskit.spi.DuplicateKeyException the id is taken */
    CandidateRecord insert(CandidateRecord candidate);

    /** @throws org.lmskit.spi.StaleVersionException the stored version differs, or nothing is stored */
    CandidateRecord update(CandidateRecord candidate);

    /** The pool search, criteria pushed into the store; see {@link CandidateQuery}. */
    Page<CandidateRecord> search(CandidateQuery query);
}
