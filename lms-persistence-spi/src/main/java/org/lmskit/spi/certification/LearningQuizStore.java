package org.lmskit.spi.certification;

import java.util.List;

/** The learning quizzes delivered, append-only; (learner, sequence) is unique so a quiz is delivered once. */
public interface LearningQuizStore {

    /** @throws org.lmskit.spi.DuplicateKeyException that rank was already delivered to the learner */
    LearningQuizRecord insert(LearningQuizRecord quiz);

    /** Oldest first. */
    List<LearningQuizRecord> findByLearner(String learnerId);
}
