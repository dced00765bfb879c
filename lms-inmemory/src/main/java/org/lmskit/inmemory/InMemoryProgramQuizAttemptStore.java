package org.lmskit.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lmskit.spi.certification.ProgramQuizAttemptRecord;
import org.lmskit.spi.certification.ProgramQuizAttemptStore;
import static org.lmskit.inmemory.InMemoryCertificationStores.*;

final class InMemoryProgramQuizAttemptStore implements ProgramQuizAttemptStore {
    private final VersionedTable<String, ProgramQuizAttemptRecord> table;

    InMemoryProgramQuizAttemptStore(InMemoryTransactions tx) {
        table = new VersionedTable<>("program-quiz-attempt", tx, ProgramQuizAttemptRecord::attemptId,
                ProgramQuizAttemptRecord::version, ProgramQuizAttemptRecord::withVersion);
    }

    @Override
    public Optional<ProgramQuizAttemptRecord> find(String attemptId) {
        return table.find(attemptId);
    }

    @Override
    public List<ProgramQuizAttemptRecord> findByLearnerAndTheme(String learnerId, String themeId) {
        return table.values().stream()
                .filter(a -> a.learnerId().equals(learnerId) && a.themeId().equals(themeId))
                .sorted(Comparator.comparing(ProgramQuizAttemptRecord::startedAt)
                        .thenComparing(ProgramQuizAttemptRecord::attemptId))
                .toList();
    }

    @Override
    public ProgramQuizAttemptRecord insert(ProgramQuizAttemptRecord attempt) {
        return table.insert(attempt);
    }

    @Override
    public ProgramQuizAttemptRecord update(ProgramQuizAttemptRecord attempt) {
        return table.update(attempt);
    }
}
