package org.lmskit.spi.certification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The question bank. Questions are immutable once stored: a changed question is a new question. */
public interface QuestionBankStore {

    /** @throws org.lmskit.spi.DuplicateKeyException the id is taken */
    QuestionRecord insert(QuestionRecord question);

    Optional<QuestionRecord> find(String questionId);

    /** Many questions in one call, ordered by id; unknown ids are left out. */
    List<QuestionRecord> findAll(Collection<String> questionIds);

    /** A theme's questions, ordered by difficulty then id. */
    List<QuestionRecord> findByTheme(String themeId);

    /** The questions about any of these lessons, ordered by id. */
    List<QuestionRecord> findByLessons(Collection<String> lessonIds);
}
