package org.lmskit.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lmskit.spi.competency.InterimReviewRecord;
import org.lmskit.spi.competency.InterimReviewStore;
import static org.lmskit.inmemory.InMemoryCompetencyStores.*;

final class InMemoryInterimReviewStore implements InterimReviewStore {
    private final VersionedTable<String, InterimReviewRecord> table;

    InMemoryInterimReviewStore(InMemoryTransactions tx) {
        table = new VersionedTable<>("interim-review", tx, InterimReviewRecord::reviewId, InterimReviewRecord::version,
                InterimReviewRecord::withVersion);
    }

    @Override
    public Optional<InterimReviewRecord> find(String reviewId) {
        return table.find(reviewId);
    }

    @Override
    public List<InterimReviewRecord> findByLearner(String learnerId) {
        return table.values().stream().filter(r -> r.learnerId().equals(learnerId))
                .sorted(Comparator.comparing(InterimReviewRecord::createdAt).thenComparing(InterimReviewRecord::reviewId))
                .toList();
    }

    @Override
    public InterimReviewRecord insert(InterimReviewRecord review) {
        return table.insert(review);
    }

    @Override
    public InterimReviewRecord update(InterimReviewRecord review) {
        return table.update(review);
    }
}
