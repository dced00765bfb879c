package org.lmskit.inmemory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lmskit.spi.certification.QuestionBankStore;
import org.lmskit.spi.certification.QuestionRecord;
import static org.lmskit.inmemory.InMemoryCertificationStores.*;

final class InMemoryQuestionBankStore implements QuestionBankStore {
    private final VersionedTable<String, QuestionRecord> table;

    InMemoryQuestionBankStore(InMemoryTransactions tx) {
        // questions are immutable: the table's version rules never come into play
        table = new VersionedTable<>("question", tx, QuestionRecord::questionId, q -> 1L, (q, v) -> q);
    }

    @Override
    public QuestionRecord insert(QuestionRecord question) {
        return table.insert(question);
    }

    @Override
    public Optional<QuestionRecord> find(String questionId) {
        return table.find(questionId);
    }

    @Override
    public List<QuestionRecord> findAll(Collection<String> questionIds) {
        return table.findAll(questionIds.stream().distinct().toList()).stream()
                .sorted(Comparator.comparing(QuestionRecord::questionId)).toList();
    }

    @Override
    public List<QuestionRecord> findByTheme(String themeId) {
        return table.values().stream().filter(q -> q.themeId().equals(themeId))
                .sorted(Comparator.comparingInt(QuestionRecord::difficulty).thenComparing(QuestionRecord::questionId))
                .toList();
    }

    @Override
    public List<QuestionRecord> findByLessons(Collection<String> lessonIds) {
        java.util.Set<String> lessons = java.util.Set.copyOf(lessonIds);
        return table.values().stream().filter(q -> q.lessonId().filter(lessons::contains).isPresent())
                .sorted(Comparator.comparing(QuestionRecord::questionId)).toList();
    }
}
