package org.lmskit.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.lmskit.spi.competency.InterimReviewRecord;
import org.lmskit.spi.competency.InterimReviewStore;

final class JdbcInterimReviewStore implements InterimReviewStore {
    private static final String COLUMNS = """
            review_id, learner_id, status, level_codes, level_values, not_applicable, findings, advice, author_id,
            created_at, finalized_at, finalized_by, version""";
    private static final String INSERT = """
            INSERT INTO lmskit_interim_review (learner_id, status, level_codes, level_values, not_applicable, findings,
                advice, author_id, created_at, finalized_at, finalized_by, review_id, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""";
    private static final String UPDATE = """
            UPDATE lmskit_interim_review SET learner_id = ?, status = ?, level_codes = ?, level_values = ?,
                not_applicable = ?, findings = ?, advice = ?, author_id = ?, created_at = ?, finalized_at = ?,
                finalized_by = ?, version = version + 1
            WHERE review_id = ? AND version = ?""";

    private final JdbcTransactions db;

    JdbcInterimReviewStore(JdbcTransactions db) {
        this.db = db;
    }

    @Override
    public Optional<InterimReviewRecord> find(String reviewId) {
        return query("SELECT " + COLUMNS + " FROM lmskit_interim_review WHERE review_id = ?", reviewId).stream()
                .findFirst();
    }

    @Override
    public List<InterimReviewRecord> findByLearner(String learnerId) {
        return query("SELECT " + COLUMNS + " FROM lmskit_interim_review WHERE learner_id = ?"
                + " ORDER BY created_at, review_id", learnerId);
    }

    @Override
    public InterimReviewRecord insert(InterimReviewRecord review) {
        return db.insert("interim-review", review.reviewId(), c -> {
            try (PreparedStatement s = c.prepareStatement(INSERT)) {
                bind(c, s, review);
                s.executeUpdate();
                return review.withVersion(1);
            }
        });
    }

    @Override
    public InterimReviewRecord update(InterimReviewRecord review) {
        return db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(UPDATE)) {
                bind(c, s, review);
                s.setLong(13, review.version());
                Sql.requireOneRow(s.executeUpdate(), "interim-review", review.reviewId(), review.version());
                return review.withVersion(review.version() + 1);
            }
        });
    }

    private static void bind(java.sql.Connection c, PreparedStatement s, InterimReviewRecord r) throws SQLException {
        TreeMap<String, String> levels = new TreeMap<>(r.levels());
        s.setString(1, r.learnerId());
        s.setString(2, r.status());
        s.setArray(3, Sql.texts(c, levels.keySet()));
        s.setArray(4, Sql.texts(c, levels.values()));
        s.setArray(5, Sql.sortedTexts(c, r.notApplicable()));
        s.setString(6, r.findings());
        s.setString(7, r.advice());
        s.setString(8, r.authorId());
        s.setObject(9, Sql.timestamp(r.createdAt()));
        s.setObject(10, Sql.timestamp(r.finalizedAt()));
        s.setString(11, r.finalizedBy().orElse(null));
        s.setString(12, r.reviewId());
    }

    private List<InterimReviewRecord> query(String sql, String parameter) {
        return db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, parameter);
                List<InterimReviewRecord> found = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        List<String> codes = Sql.texts(rs, "level_codes");
                        List<String> values = Sql.texts(rs, "level_values");
                        Map<String, String> levels = new HashMap<>();
                        for (int i = 0; i < codes.size(); i++) {
                            levels.put(codes.get(i), values.get(i));
                        }
                        found.add(new InterimReviewRecord(rs.getString("review_id"), rs.getString("learner_id"),
                                rs.getString("status"), levels, new HashSet<>(Sql.texts(rs, "not_applicable")),
                                rs.getString("findings"), rs.getString("advice"), rs.getString("author_id"),
                                Sql.instant(rs, "created_at"), Sql.optionalInstant(rs, "finalized_at"),
                                Sql.optionalString(rs, "finalized_by"), rs.getLong("version")));
                    }
                }
                return found;
            }
        });
    }
}
