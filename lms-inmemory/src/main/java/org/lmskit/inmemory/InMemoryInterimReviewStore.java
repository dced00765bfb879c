package org.lmskit.inmemory;

import java.util.Comparator;
import java.util.List;
import org.lmskit.spi.competency.InterimReviewRecord;
import org.lmskit.spi.competency.InterimReviewStore;
import static org.lmskit.inmemory.InMemoryCompetencyStores.*;

final class InMemoryInterimReviewStore extends VersionedStore<String, InterimReviewRecord>
        implements InterimReviewStore {

    InMemoryInterimReviewStore(InMemoryTransactions tx) {
        super("interim-review", tx, InterimReviewRecord::reviewId, InterimReviewRecord::version,
                InterimReviewRecord::withVersion);
    }

    @Override
    public List<InterimReviewRecord> findByLearner(String learnerId) {
        return table.values().stream().filter(r -> r.learnerId().equals(learnerId))
                .sorted(Comparator.comparing(InterimReviewRecord::createdAt).thenComparing(InterimReviewRecord::reviewId))
                .toList();
    }
}
