package org.lmskit.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.lmskit.spi.certification.CaseStudyQuestionRecord;
import org.lmskit.spi.certification.CaseStudyVersionRecord;
import org.lmskit.spi.certification.CertificationPathRecord;
import org.lmskit.spi.certification.CertificationPathStore;

final class JdbcCertificationPathStore implements CertificationPathStore {
    private static final String TYPE = "certification-path";
    private static final String FIND = """
            SELECT path_id, certifying, mandatory_themes, required_workshops, question_versions, question_ids,
                   question_prompts, question_points, version
            FROM lmskit_certification_path WHERE path_id = ?""";
    private static final String INSERT = """
            INSERT INTO lmskit_certification_path (certifying, mandatory_themes, required_workshops, question_versions,
                question_ids, question_prompts, question_points, path_id, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)""";
    private static final String UPDATE = """
            UPDATE lmskit_certification_path SET certifying = ?, mandatory_themes = ?, required_workshops = ?,
                question_versions = ?, question_ids = ?, question_prompts = ?, question_points = ?,
                version = version + 1
            WHERE path_id = ? AND version = ?""";

    private final JdbcTransactions db;

    JdbcCertificationPathStore(JdbcTransactions db) {
        this.db = db;
    }

    @Override
    public Optional<CertificationPathRecord> find(String pathId) {
        return db.withConnection(c -> Sql.one(c, FIND, JdbcCertificationPathStore::read, pathId));
    }

    @Override
    public CertificationPathRecord insert(CertificationPathRecord path) {
        return Sql.insert(db, TYPE, path.pathId(), INSERT, JdbcCertificationPathStore::bind, path,
                path.withVersion(1));
    }

    @Override
    public CertificationPathRecord update(CertificationPathRecord path) {
        return Sql.update(db, TYPE, path.pathId(), path.version(), UPDATE, JdbcCertificationPathStore::bind,
                path, path.withVersion(path.version() + 1));
    }

    /** Binds every column but the version; returns the version parameter's index. */
    private static int bind(Connection c, PreparedStatement s, CertificationPathRecord path) throws SQLException {
        List<Integer> versions = new ArrayList<>();
        List<CaseStudyQuestionRecord> questions = new ArrayList<>();
        for (CaseStudyVersionRecord caseStudy : path.caseStudies()) {
            for (CaseStudyQuestionRecord question : caseStudy.questions()) {
                versions.add(caseStudy.version());
                questions.add(question);
            }
        }
        s.setBoolean(1, path.certifying());
        s.setArray(2, Sql.sortedTexts(c, path.mandatoryThemeIds()));
        s.setInt(3, path.requiredWorkshops());
        s.setArray(4, c.createArrayOf("integer", versions.toArray()));
        s.setArray(5, Sql.texts(c, questions.stream().map(CaseStudyQuestionRecord::questionId).toList()));
        s.setArray(6, Sql.texts(c, questions.stream().map(CaseStudyQuestionRecord::prompt).toList()));
        s.setArray(7, Sql.decimals(c, questions.stream().map(CaseStudyQuestionRecord::maxPoints).toList()));
        s.setString(8, path.pathId());
        return 9;
    }

    private static CertificationPathRecord read(ResultSet rs) throws SQLException {
        Integer[] versions = (Integer[]) rs.getArray("question_versions").getArray();
        List<String> ids = Sql.texts(rs, "question_ids");
        List<String> prompts = Sql.texts(rs, "question_prompts");
        List<BigDecimal> points = Sql.decimals(rs, "question_points");
        // stored version after version, as bound: a new version starts where the number changes
        Map<Integer, List<CaseStudyQuestionRecord>> byVersion = new TreeMap<>();
        for (int i = 0; i < ids.size(); i++) {
            byVersion.computeIfAbsent(versions[i], v -> new ArrayList<>())
                    .add(new CaseStudyQuestionRecord(ids.get(i), prompts.get(i), points.get(i)));
        }
        List<CaseStudyVersionRecord> caseStudies = new ArrayList<>(byVersion.size());
        byVersion.forEach((version, questions) -> caseStudies.add(new CaseStudyVersionRecord(version, questions)));
        return new CertificationPathRecord(rs.getString("path_id"), rs.getBoolean("certifying"),
                new HashSet<>(Sql.texts(rs, "mandatory_themes")), rs.getInt("required_workshops"), caseStudies,
                rs.getLong("version"));
    }
}
