package org.lmskit.spi.certification;

import java.util.List;
import java.util.Optional;

/** Program quiz attempts, under optimistic versions. */
public interface ProgramQuizAttemptStore {

    Optional<ProgramQuizAttemptRecord> find(String attemptId);

    /** A learner's attempts at one theme's quiz, oldest first (then attempt id). */
    List<ProgramQuizAttemptRecord> findByLearnerAndTheme(String learnerId, String themeId);

    /** @throws org.lmskit.spi.DuplicateKeyException the attempt id is taken */
    ProgramQuizAttemptRecord insert(ProgramQuizAttemptRecord attempt);

    /** @throws org.lmskit.spi.StaleVersionException the stored version differs, or nothing is stored */
    ProgramQuizAttemptRecord update(ProgramQuizAttemptRecord attempt);
}
