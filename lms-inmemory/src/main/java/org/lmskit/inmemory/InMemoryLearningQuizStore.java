package org.lmskit.inmemory;

import java.util.Comparator;
import java.util.List;
import org.lmskit.spi.certification.LearningQuizRecord;
import org.lmskit.spi.certification.LearningQuizStore;
import static org.lmskit.inmemory.InMemoryCertificationStores.*;

final class InMemoryLearningQuizStore implements LearningQuizStore {
    private final VersionedTable<List<Object>, LearningQuizRecord> table;

    InMemoryLearningQuizStore(InMemoryTransactions tx) {
        table = new VersionedTable<>("learning-quiz", tx, q -> List.of(q.learnerId(), q.sequence()), q -> 1L,
                (q, v) -> q);
    }

    @Override
    public LearningQuizRecord insert(LearningQuizRecord quiz) {
        return table.insert(quiz);
    }

    @Override
    public List<LearningQuizRecord> findByLearner(String learnerId) {
        return table.values().stream().filter(q -> q.learnerId().equals(learnerId))
                .sorted(Comparator.comparingInt(LearningQuizRecord::sequence)).toList();
    }
}
