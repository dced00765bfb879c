package org.lmskit.spi.adaptive;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Lesson progress under optimistic versions; one record per (learner, lesson). */
public interface LessonProgressStore {

    Optional<LessonProgressRecord> find(String learnerId, String lessonId);

    /** @throws org.lmskit.spi.DuplicateKeyException a record exists for the learner and lesson */
    LessonProgressRecord insert(LessonProgressRecord progress);

    /** @throws org.lmskit.spi.StaleVersionException the stored version differs, or nothing is stored */
    LessonProgressRecord update(LessonProgressRecord progress);

    /** The progress of these learners on these lessons in one call, ordered by learner id then lesson id. */
    List<LessonProgressRecord> findAll(Collection<String> learnerIds, Collection<String> lessonIds);

    /** Every lesson a learner has progress on, ordered by lesson id. */
    List<LessonProgressRecord> findByLearner(String learnerId);
}
