package org.lmskit.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lmskit.spi.certification.AskedQuestionRecord;
import org.lmskit.spi.certification.ProgramQuizAttemptRecord;
import org.lmskit.spi.certification.ProgramQuizAttemptStore;

final class JdbcProgramQuizAttemptStore implements ProgramQuizAttemptStore {
    private static final String TYPE = "program-quiz-attempt";
    private static final String COLUMNS = """
            attempt_id, learner_id, path_id, theme_id, seed, policy, status, asked_questions, asked_difficulties,
            asked_correct, score, highest_level_passed, passed, started_at, finished_at, version""";
    private static final String FIND = "SELECT " + COLUMNS + " FROM lmskit_program_quiz_attempt WHERE attempt_id = ?";
    private static final String BY_LEARNER = "SELECT " + COLUMNS + " FROM lmskit_program_quiz_attempt"
            + " WHERE learner_id = ? AND theme_id = ? ORDER BY started_at, attempt_id";
    private static final String INSERT = """
            INSERT INTO lmskit_program_quiz_attempt (learner_id, path_id, theme_id, seed, policy, status,
                asked_questions, asked_difficulties, asked_correct, score, highest_level_passed, passed, started_at,
                finished_at, attempt_id, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""";
    private static final String UPDATE = """
            UPDATE lmskit_program_quiz_attempt SET learner_id = ?, path_id = ?, theme_id = ?, seed = ?, policy = ?,
                status = ?, asked_questions = ?, asked_difficulties = ?, asked_correct = ?, score = ?,
                highest_level_passed = ?, passed = ?, started_at = ?, finished_at = ?, version = version + 1
            WHERE attempt_id = ? AND version = ?""";

    private final JdbcTransactions db;

    JdbcProgramQuizAttemptStore(JdbcTransactions db) {
        this.db = db;
    }

    @Override
    public Optional<ProgramQuizAttemptRecord> find(String attemptId) {
        return db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(FIND)) {
                s.setString(1, attemptId);
                return readAll(s).stream().findFirst();
            }
        });
    }

    @Override
    public List<ProgramQuizAttemptRecord> findByLearnerAndTheme(String learnerId, String themeId) {
        return db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(BY_LEARNER)) {
                s.setString(1, learnerId);
                s.setString(2, themeId);
                return readAll(s);
            }
        });
    }

    @Override
    public ProgramQuizAttemptRecord insert(ProgramQuizAttemptRecord attempt) {
        return Sql.insert(db, TYPE, attempt.attemptId(), INSERT, JdbcProgramQuizAttemptStore::bind, attempt,
                attempt.withVersion(1));
    }

    @Override
    public ProgramQuizAttemptRecord update(ProgramQuizAttemptRecord attempt) {
        return Sql.update(db, TYPE, attempt.attemptId(), attempt.version(), UPDATE, JdbcProgramQuizAttemptStore::bind,
                attempt, attempt.withVersion(attempt.version() + 1));
    }

    /** Binds every column but the version; returns the version parameter's index. */
    private static int bind(Connection c, PreparedStatement s, ProgramQuizAttemptRecord a) throws SQLException {
        s.setString(1, a.learnerId());
        s.setString(2, a.pathId());
        s.setString(3, a.themeId());
        s.setLong(4, a.seed());
        s.setString(5, a.policy());
        s.setString(6, a.status());
        s.setArray(7, Sql.texts(c, a.asked().stream().map(AskedQuestionRecord::questionId).toList()));
        s.setArray(8, c.createArrayOf("int4", a.asked().stream().map(AskedQuestionRecord::difficulty).toArray()));
        s.setArray(9, c.createArrayOf("bool", a.asked().stream().map(q -> q.correct().orElse(null)).toArray()));
        s.setBigDecimal(10, a.score().orElse(null));
        s.setInt(11, a.highestLevelPassed());
        s.setBoolean(12, a.passed());
        s.setObject(13, Sql.timestamp(a.startedAt()));
        s.setObject(14, Sql.timestamp(a.finishedAt()));
        s.setString(15, a.attemptId());
        return 16;
    }

    private static List<ProgramQuizAttemptRecord> readAll(PreparedStatement s) throws SQLException {
        List<ProgramQuizAttemptRecord> attempts = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                List<String> ids = Sql.texts(rs, "asked_questions");
                Integer[] difficulties = (Integer[]) rs.getArray("asked_difficulties").getArray();
                Boolean[] correct = (Boolean[]) rs.getArray("asked_correct").getArray();
                List<AskedQuestionRecord> asked = new ArrayList<>(ids.size());
                for (int i = 0; i < ids.size(); i++) {
                    asked.add(new AskedQuestionRecord(ids.get(i), difficulties[i], Optional.ofNullable(correct[i])));
                }
                attempts.add(new ProgramQuizAttemptRecord(rs.getString("attempt_id"), rs.getString("learner_id"),
                        rs.getString("path_id"), rs.getString("theme_id"), rs.getLong("seed"), rs.getString("policy"),
                        rs.getString("status"), asked, Sql.optionalDecimal(rs, "score"),
                        rs.getInt("highest_level_passed"), rs.getBoolean("passed"), Sql.instant(rs, "started_at"),
                        Sql.optionalInstant(rs, "finished_at"), rs.getLong("version")));
            }
        }
        return attempts;
    }
}
