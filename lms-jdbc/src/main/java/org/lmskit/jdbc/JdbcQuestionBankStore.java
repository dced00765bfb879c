package org.lmskit.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.lmskit.spi.certification.QuestionBankStore;
import org.lmskit.spi.certification.QuestionRecord;

final class JdbcQuestionBankStore implements QuestionBankStore {
    private static final String COLUMNS = "question_id, theme_id, difficulty, lesson_id, prompt, choices, correct_choice";
    private static final String INSERT = "INSERT INTO lmskit_question (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String FIND = "SELECT " + COLUMNS + " FROM lmskit_question WHERE question_id = ?";
    private static final String BY_THEME = "SELECT " + COLUMNS
            + " FROM lmskit_question WHERE theme_id = ? ORDER BY difficulty, question_id";
    private static final String BY_IDS = "SELECT " + COLUMNS
            + " FROM lmskit_question WHERE question_id = ANY (?) ORDER BY question_id";
    private static final String BY_LESSONS = "SELECT " + COLUMNS
            + " FROM lmskit_question WHERE lesson_id = ANY (?) ORDER BY question_id";

    private final JdbcTransactions db;

    JdbcQuestionBankStore(JdbcTransactions db) {
        this.db = db;
    }

    @Override
    public QuestionRecord insert(QuestionRecord q) {
        return db.insert("question", q.questionId(), c -> {
            try (PreparedStatement s = c.prepareStatement(INSERT)) {
                s.setString(1, q.questionId());
                s.setString(2, q.themeId());
                s.setInt(3, q.difficulty());
                s.setString(4, q.lessonId().orElse(null));
                s.setString(5, q.prompt());
                s.setArray(6, Sql.texts(c, q.choices()));
                s.setInt(7, q.correctChoice());
                s.executeUpdate();
                return q;
            }
        });
    }

    @Override
    public Optional<QuestionRecord> find(String questionId) {
        List<QuestionRecord> found = query(FIND, questionId);
        return found.stream().findFirst();
    }

    @Override
    public List<QuestionRecord> findAll(Collection<String> questionIds) {
        if (questionIds.isEmpty()) {
            return List.of();
        }
        return db.withConnection(c -> query(c.prepareStatement(BY_IDS), Sql.texts(c, questionIds)));
    }

    @Override
    public List<QuestionRecord> findByTheme(String themeId) {
        return query(BY_THEME, themeId);
    }

    @Override
    public List<QuestionRecord> findByLessons(Collection<String> lessonIds) {
        if (lessonIds.isEmpty()) {
            return List.of();
        }
        return db.withConnection(c -> query(c.prepareStatement(BY_LESSONS), Sql.texts(c, lessonIds)));
    }

    private List<QuestionRecord> query(String sql, String parameter) {
        return db.withConnection(c -> query(c.prepareStatement(sql), parameter));
    }

    private static List<QuestionRecord> query(PreparedStatement statement, Object parameter) throws SQLException {
        try (PreparedStatement s = statement) {
            s.setObject(1, parameter);
            List<QuestionRecord> questions = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    questions.add(new QuestionRecord(rs.getString("question_id"), rs.getString("theme_id"),
                            rs.getInt("difficulty"), Sql.optionalString(rs, "lesson_id"), rs.getString("prompt"),
                            Sql.texts(rs, "choices"), rs.getInt("correct_choice")));
                }
            }
            return questions;
        }
    }
}
