package org.lmskit.inmemory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.competency.CompetencyCatalogStore;
import org.lmskit.spi.competency.CompetencyRecord;
import org.lmskit.spi.competency.InterimReviewRecord;
import org.lmskit.spi.competency.InterimReviewStore;
import org.lmskit.spi.competency.JobAssignmentRecord;
import org.lmskit.spi.competency.JobAssignmentStore;
import org.lmskit.spi.competency.JobRecord;
import org.lmskit.spi.competency.NewPositioningRecord;
import org.lmskit.spi.competency.PositioningQuery;
import org.lmskit.spi.competency.PositioningRecord;
import org.lmskit.spi.competency.PositioningStore;
import org.lmskit.spi.competency.ProfileRecord;
import org.lmskit.spi.competency.ScaleRecord;
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
