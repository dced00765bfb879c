package org.lmskit.inmemory;

import java.util.Comparator;
import java.util.List;
import org.lmskit.spi.certification.ProgramQuizAttemptRecord;
import org.lmskit.spi.certification.ProgramQuizAttemptStore;
import static org.lmskit.inmemory.InMemoryCertificationStores.*;

final class InMemoryProgramQuizAttemptStore extends VersionedStore<String, ProgramQuizAttemptRecord>
        implements ProgramQuizAttemptStore {

    InMemoryProgramQuizAttemptStore(InMemoryTransactions tx) {
        super("program-quiz-attempt", tx, ProgramQuizAttemptRecord::attemptId,
                ProgramQuizAttemptRecord::version, ProgramQuizAttemptRecord::withVersion);
    }

    @Override
    public List<ProgramQuizAttemptRecord> findByLearnerAndTheme(String learnerId, String themeId) {
        return table.values().stream()
                .filter(a -> a.learnerId().equals(learnerId) && a.themeId().equals(themeId))
                .sorted(Comparator.comparing(ProgramQuizAttemptRecord::startedAt)
                        .thenComparing(ProgramQuizAttemptRecord::attemptId))
                .toList();
    }
}
