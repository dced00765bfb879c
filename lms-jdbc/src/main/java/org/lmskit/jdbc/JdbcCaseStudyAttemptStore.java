package org.lmskit.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.certification.CaseStudyAttemptRecord;
import org.lmskit.spi.certification.CaseStudyAttemptStore;

final class JdbcCaseStudyAttemptStore implements CaseStudyAttemptStore {
    private static final String TYPE = "case-study";
    private static final String COLUMNS = """
            learner_id, path_id, case_study_version, status, answer_questions, answer_texts, point_questions, point_values, grade, level,
            corrector_id, comment, review_requested, started_at, submitted_at, corrected_at, version""";
    private static final String FIND = "SELECT " + COLUMNS + " FROM lmskit_case_study WHERE learner_id = ? AND path_id = ?";
    private static final String PILE = "SELECT " + COLUMNS + ", count(*) OVER () AS total FROM lmskit_case_study"
            + " WHERE path_id = ? AND status = ?"
            + " ORDER BY coalesce(submitted_at, started_at), learner_id COLLATE \"C\" LIMIT ? OFFSET ?";
    private static final String COUNT = "SELECT count(*) FROM lmskit_case_study WHERE path_id = ? AND status = ?";
    private static final String INSERT = """
            INSERT INTO lmskit_case_study (status, answer_questions, answer_texts, point_questions, point_values, grade,
                level, corrector_id, comment, review_requested, started_at, submitted_at, corrected_at,
                case_study_version, learner_id, path_id, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""";
    private static final String UPDATE = """
            UPDATE lmskit_case_study SET status = ?, answer_questions = ?, answer_texts = ?, point_questions = ?,
                point_values = ?, grade = ?, level = ?, corrector_id = ?, comment = ?, review_requested = ?,
                started_at = ?, submitted_at = ?, corrected_at = ?, case_study_version = ?, version = version + 1
            WHERE learner_id = ? AND path_id = ? AND version = ?""";

    private final JdbcTransactions db;

    JdbcCaseStudyAttemptStore(JdbcTransactions db) {
        this.db = db;
    }

    @Override
    public Optional<CaseStudyAttemptRecord> find(String learnerId, String pathId) {
        return db.withConnection(c -> Sql.one(c, FIND, JdbcCaseStudyAttemptStore::read, learnerId, pathId));
    }

    @Override
    public CaseStudyAttemptRecord insert(CaseStudyAttemptRecord attempt) {
        return Sql.insert(db, TYPE, attempt.learnerId() + "/" + attempt.pathId(), INSERT, JdbcCaseStudyAttemptStore::bind, attempt,
                attempt.withVersion(1));
    }

    @Override
    public CaseStudyAttemptRecord update(CaseStudyAttemptRecord attempt) {
        return Sql.update(db, TYPE, attempt.learnerId() + "/" + attempt.pathId(), attempt.version(), UPDATE, JdbcCaseStudyAttemptStore::bind,
                attempt, attempt.withVersion(attempt.version() + 1));
    }

    @Override
    public Page<CaseStudyAttemptRecord> findByStatus(String pathId, String status, PageRequest page) {
        return db.withConnection(c -> Sql.page(c, PILE, COUNT, s -> {
            s.setString(1, pathId);
            s.setString(2, status);
            return 3;
        }, JdbcCaseStudyAttemptStore::read, page));
    }

    /** Binds every column but the version; returns the version parameter's index. */
    private static int bind(Connection c, PreparedStatement s, CaseStudyAttemptRecord a) throws SQLException {
        TreeMap<String, String> answers = new TreeMap<>(a.answers());
        TreeMap<String, BigDecimal> points = new TreeMap<>(a.points());
        s.setString(1, a.status());
        s.setArray(2, Sql.texts(c, answers.keySet()));
        s.setArray(3, Sql.texts(c, answers.values()));
        s.setArray(4, Sql.texts(c, points.keySet()));
        s.setArray(5, Sql.decimals(c, points.values()));
        s.setBigDecimal(6, a.grade().orElse(null));
        s.setString(7, a.level().orElse(null));
        s.setString(8, a.correctorId().orElse(null));
        s.setString(9, a.comment().orElse(null));
        s.setBoolean(10, a.reviewRequested());
        s.setObject(11, Sql.timestamp(a.startedAt()));
        s.setObject(12, Sql.timestamp(a.submittedAt()));
        s.setObject(13, Sql.timestamp(a.correctedAt()));
        s.setInt(14, a.caseStudyVersion());
        s.setString(15, a.learnerId());
        s.setString(16, a.pathId());
        return 17;
    }

    private static CaseStudyAttemptRecord read(ResultSet rs) throws SQLException {
        return new CaseStudyAttemptRecord(rs.getString("learner_id"), rs.getString("path_id"),
                rs.getInt("case_study_version"), rs.getString("status"),
                zip(Sql.texts(rs, "answer_questions"), Sql.texts(rs, "answer_texts")),
                zip(Sql.texts(rs, "point_questions"), Sql.decimals(rs, "point_values")),
                Sql.optionalDecimal(rs, "grade"), Sql.optionalString(rs, "level"),
                Sql.optionalString(rs, "corrector_id"), Sql.optionalString(rs, "comment"),
                rs.getBoolean("review_requested"), Sql.instant(rs, "started_at"),
                Sql.optionalInstant(rs, "submitted_at"), Sql.optionalInstant(rs, "corrected_at"), rs.getLong("version"));
    }

    private static <V> Map<String, V> zip(List<String> keys, List<V> values) {
        Map<String, V> map = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            map.put(keys.get(i), values.get(i));
        }
        return map;
    }
}
