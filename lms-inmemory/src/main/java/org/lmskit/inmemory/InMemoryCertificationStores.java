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

/** The certification capability's stores, in memory. */
final class InMemoryCertificationStores {
    private InMemoryCertificationStores() {
    }

    static <T> Page<T> page(List<T> sorted, PageRequest page) {
        int from = Math.min(page.offset(), sorted.size());
        int to = Math.min(from + page.limit(), sorted.size());
        return new Page<>(sorted.subList(from, to), sorted.size(), page);
    }

    static final class Paths implements CertificationPathStore {
        private final VersionedTable<String, CertificationPathRecord> table;

        Paths(InMemoryTransactions tx) {
            table = new VersionedTable<>("certification-path", tx, CertificationPathRecord::pathId,
                    CertificationPathRecord::version, CertificationPathRecord::withVersion);
        }

        @Override
        public Optional<CertificationPathRecord> find(String pathId) {
            return table.find(pathId);
        }

        @Override
        public CertificationPathRecord insert(CertificationPathRecord path) {
            return table.insert(path);
        }

        @Override
        public CertificationPathRecord update(CertificationPathRecord path) {
            return table.update(path);
        }
    }

    static final class Achievements implements AchievementStore {
        private final InMemoryTransactions tx;
        private final VersionedTable<List<String>, AchievementRecord> table;
        // path -> learner -> record: a whole cohort of one path is read without building a key per learner
        private final Map<String, Map<String, AchievementRecord>> byPath = new java.util.HashMap<>();

        Achievements(InMemoryTransactions tx) {
            this.tx = tx;
            table = new VersionedTable<>("achievement", tx, r -> List.of(r.learnerId(), r.pathId()),
                    AchievementRecord::version, AchievementRecord::withVersion);
        }

        @Override
        public Optional<AchievementRecord> find(String learnerId, String pathId) {
            return table.find(List.of(learnerId, pathId));
        }

        @Override
        public Map<String, AchievementRecord> findAll(String pathId, Collection<String> learnerIds) {
            return tx.read(() -> {
                Map<String, AchievementRecord> cohort = byPath.getOrDefault(pathId, Map.of());
                Map<String, AchievementRecord> found = new java.util.HashMap<>(Math.max(16, learnerIds.size() * 2));
                for (String learner : learnerIds) {
                    AchievementRecord record = cohort.get(learner);
                    if (record != null) {
                        found.put(learner, record);
                    }
                }
                return found;
            });
        }

        @Override
        public AchievementRecord insert(AchievementRecord achievement) {
            return tx.write(() -> index(table.insert(achievement)));
        }

        @Override
        public AchievementRecord update(AchievementRecord achievement) {
            return tx.write(() -> index(table.update(achievement)));
        }

        private AchievementRecord index(AchievementRecord stored) {
            Map<String, AchievementRecord> cohort = byPath.computeIfAbsent(stored.pathId(), p -> new java.util.HashMap<>());
            AchievementRecord previous = cohort.put(stored.learnerId(), stored);
            tx.onRollback(() -> {
                if (previous == null) {
                    cohort.remove(stored.learnerId());
                } else {
                    cohort.put(stored.learnerId(), previous);
                }
            });
            return stored;
        }
    }

    static final class CaseStudies implements CaseStudyAttemptStore {
        private static final Comparator<CaseStudyAttemptRecord> PILE_ORDER = Comparator
                .comparing((CaseStudyAttemptRecord r) -> r.submittedAt().orElse(r.startedAt()))
                .thenComparing(CaseStudyAttemptRecord::learnerId);
        private final VersionedTable<List<String>, CaseStudyAttemptRecord> table;

        CaseStudies(InMemoryTransactions tx) {
            table = new VersionedTable<>("case-study", tx, r -> List.of(r.learnerId(), r.pathId()),
                    CaseStudyAttemptRecord::version, CaseStudyAttemptRecord::withVersion);
        }

        @Override
        public Optional<CaseStudyAttemptRecord> find(String learnerId, String pathId) {
            return table.find(List.of(learnerId, pathId));
        }

        @Override
        public CaseStudyAttemptRecord insert(CaseStudyAttemptRecord attempt) {
            return table.insert(attempt);
        }

        @Override
        public CaseStudyAttemptRecord update(CaseStudyAttemptRecord attempt) {
            return table.update(attempt);
        }

        @Override
        public Page<CaseStudyAttemptRecord> findByStatus(String pathId, String status, PageRequest page) {
            return page(table.values().stream()
                    .filter(r -> r.pathId().equals(pathId) && r.status().equals(status))
                    .sorted(PILE_ORDER).toList(), page);
        }
    }

    static final class Questions implements QuestionBankStore {
        private final VersionedTable<String, QuestionRecord> table;

        Questions(InMemoryTransactions tx) {
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

    static final class QuizAttempts implements ProgramQuizAttemptStore {
        private final VersionedTable<String, ProgramQuizAttemptRecord> table;

        QuizAttempts(InMemoryTransactions tx) {
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

    static final class LearningQuizzes implements LearningQuizStore {
        private final VersionedTable<List<Object>, LearningQuizRecord> table;

        LearningQuizzes(InMemoryTransactions tx) {
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

    static final class Certificates implements CertificateStore {
        private final InMemoryTransactions tx;
        private final VersionedTable<String, CertificateRecord> table;

        Certificates(InMemoryTransactions tx) {
            this.tx = tx;
            table = new VersionedTable<>("certificate", tx, CertificateRecord::certificateId, CertificateRecord::version,
                    CertificateRecord::withVersion);
        }

        @Override
        public Optional<CertificateRecord> find(String certificateId) {
            return table.find(certificateId);
        }

        @Override
        public Optional<CertificateRecord> findByLearnerAndPath(String learnerId, String pathId) {
            return table.values().stream()
                    .filter(c -> c.learnerId().equals(learnerId) && c.pathId().equals(pathId)).findFirst();
        }

        @Override
        public CertificateRecord insert(CertificateRecord certificate) {
            // the write lock makes the pair check and the insert one step
            return tx.write(() -> {
                if (findByLearnerAndPath(certificate.learnerId(), certificate.pathId()).isPresent()) {
                    throw new DuplicateKeyException("certificate", certificate.learnerId() + "/" + certificate.pathId());
                }
                return table.insert(certificate);
            });
        }

        @Override
        public CertificateRecord update(CertificateRecord certificate) {
            return table.update(certificate);
        }
    }
}
