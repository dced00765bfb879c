package org.lmskit.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.lmskit.spi.certification.LearningQuizRecord;
import org.lmskit.spi.certification.LearningQuizStore;

final class JdbcLearningQuizStore implements LearningQuizStore {
    private static final String INSERT = """
            INSERT INTO lmskit_learning_quiz (learner_id, sequence, question_ids, delivered_at) VALUES (?, ?, ?, ?)""";
    private static final String BY_LEARNER = """
            SELECT learner_id, sequence, question_ids, delivered_at FROM lmskit_learning_quiz
            WHERE learner_id = ? ORDER BY sequence""";

    private final JdbcTransactions db;

    JdbcLearningQuizStore(JdbcTransactions db) {
        this.db = db;
    }

    @Override
    public LearningQuizRecord insert(LearningQuizRecord quiz) {
        return db.insert("learning-quiz", quiz.learnerId() + "/" + quiz.sequence(), c -> {
            try (PreparedStatement s = c.prepareStatement(INSERT)) {
                s.setString(1, quiz.learnerId());
                s.setInt(2, quiz.sequence());
                s.setArray(3, Sql.texts(c, quiz.questionIds()));
                s.setObject(4, Sql.timestamp(quiz.deliveredAt()));
                s.executeUpdate();
                return quiz;
            }
        });
    }

    @Override
    public List<LearningQuizRecord> findByLearner(String learnerId) {
        return db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(BY_LEARNER)) {
                s.setString(1, learnerId);
                List<LearningQuizRecord> quizzes = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        quizzes.add(new LearningQuizRecord(rs.getString("learner_id"), rs.getInt("sequence"),
                                Sql.texts(rs, "question_ids"), Sql.instant(rs, "delivered_at")));
                    }
                }
                return quizzes;
            }
        });
    }
}
