package org.lmskit.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.certification.CaseStudyAttemptRecord;
import org.lmskit.spi.certification.CaseStudyAttemptStore;
import static org.lmskit.inmemory.InMemoryCertificationStores.*;

final class InMemoryCaseStudyAttemptStore extends VersionedStore<List<String>, CaseStudyAttemptRecord>
        implements CaseStudyAttemptStore {
    private static final Comparator<CaseStudyAttemptRecord> PILE_ORDER = Comparator
            .comparing((CaseStudyAttemptRecord r) -> r.submittedAt().orElse(r.startedAt()))
            .thenComparing(CaseStudyAttemptRecord::learnerId);

    InMemoryCaseStudyAttemptStore(InMemoryTransactions tx) {
        super("case-study", tx, r -> List.of(r.learnerId(), r.pathId()),
                CaseStudyAttemptRecord::version, CaseStudyAttemptRecord::withVersion);
    }

    @Override
    public Optional<CaseStudyAttemptRecord> find(String learnerId, String pathId) {
        return table.find(List.of(learnerId, pathId));
    }

    @Override
    public Page<CaseStudyAttemptRecord> findByStatus(String pathId, String status, PageRequest page) {
        return page(table.values().stream()
                .filter(r -> r.pathId().equals(pathId) && r.status().equals(status))
                .sorted(PILE_ORDER).toList(), page);
    }
}
