package org.lmskit.inmemory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lmskit.spi.DuplicateKeyException;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.certification.AchievementRecord;
import org.lmskit.spi.certification.AchievementStore;
import org.lmskit.spi.certification.CaseStudyAttemptRecord;
import org.lmskit.spi.certification.CaseStudyAttemptStore;
import org.lmskit.spi.certification.CertificateRecord;
import org.lmskit.spi.certification.CertificateStore;
import org.lmskit.spi.certification.CertificationPathRecord;
import org.lmskit.spi.certification.CertificationPathStore;
import org.lmskit.spi.certification.LearningQuizRecord;
import org.lmskit.spi.certification.LearningQuizStore;
import org.lmskit.spi.certification.ProgramQuizAttemptRecord;
import org.lmskit.spi.certification.ProgramQuizAttemptStore;
import org.lmskit.spi.certification.QuestionBankStore;
import org.lmskit.spi.certification.QuestionRecord;
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
