package org.lmskit.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.competency.InterimReviewRecord;
import org.lmskit.spi.competency.InterimReviewStore;
import org.lmskit.spi.competency.JobAssignmentRecord;
import org.lmskit.spi.competency.JobAssignmentStore;
import org.lmskit.spi.competency.NewPositioningRecord;
import org.lmskit.spi.competency.PositioningQuery;
import org.lmskit.spi.competency.PositioningRecord;
import org.lmskit.spi.competency.PositioningStore;

/** Target jobs, positionings and interim reviews on PostgreSQL. */
final class JdbcCompetencyStores {
    private JdbcCompetencyStores() {
    }

    static final class Assignments implements JobAssignmentStore {
        private static final String SELECT = "SELECT learner_id, job_id, assigned_at, version FROM lmskit_job_assignment";
        private final JdbcTransactions db;

        Assignments(JdbcTransactions db) {
            this.db = db;
        }

        @Override
        public Optional<JobAssignmentRecord> find(String learnerId) {
            return findAll(List.of(learnerId)).values().stream().findFirst();
        }

        @Override
        public Map<String, JobAssignmentRecord> findAll(Collection<String> learnerIds) {
            if (learnerIds.isEmpty()) {
                return Map.of();
            }
            return db.withConnection(c -> {
                try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE learner_id = ANY (?)")) {
                    s.setArray(1, Sql.texts(c, learnerIds));
                    Map<String, JobAssignmentRecord> found = new HashMap<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            found.put(rs.getString("learner_id"), new JobAssignmentRecord(rs.getString("learner_id"),
                                    rs.getString("job_id"), Sql.instant(rs, "assigned_at"), rs.getLong("version")));
                        }
                    }
                    return found;
                }
            });
        }

        @Override
        public JobAssignmentRecord insert(JobAssignmentRecord a) {
            return db.insert("job-assignment", a.learnerId(), c -> {
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO lmskit_job_assignment (job_id, assigned_at, learner_id, version) VALUES (?, ?, ?, 1)")) {
                    s.setString(1, a.jobId());
                    s.setObject(2, Sql.timestamp(a.assignedAt()));
                    s.setString(3, a.learnerId());
                    s.executeUpdate();
                    return a.withVersion(1);
                }
            });
        }

        @Override
        public JobAssignmentRecord update(JobAssignmentRecord a) {
            return db.withConnection(c -> {
                try (PreparedStatement s = c.prepareStatement("UPDATE lmskit_job_assignment SET job_id = ?, assigned_at = ?,"
                        + " version = version + 1 WHERE learner_id = ? AND version = ?")) {
                    s.setString(1, a.jobId());
                    s.setObject(2, Sql.timestamp(a.assignedAt()));
                    s.setString(3, a.learnerId());
                    s.setLong(4, a.version());
                    Sql.requireOneRow(s.executeUpdate(), "job-assignment", a.learnerId(), a.version());
                    return a.withVersion(a.version() + 1);
                }
            });
        }
    }

    static final class Positionings implements PositioningStore {
        private static final String COLUMNS = "id, learner_id, competency_code, level_code, source, actor_id, at, score, comment";
        private static final String INSERT = """
                INSERT INTO lmskit_positioning (learner_id, competency_code, level_code, source, actor_id, at, score, comment)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""";
        private static final String FIND = "SELECT " + COLUMNS + " FROM lmskit_positioning WHERE learner_id = ANY (?)"
                + " AND (?::timestamptz IS NULL OR at >= ?) AND (?::timestamptz IS NULL OR at <= ?)"
                + " ORDER BY learner_id COLLATE \"C\", at, id";
        private static final String HISTORY = "SELECT " + COLUMNS + ", count(*) OVER () AS total FROM lmskit_positioning"
                + " WHERE learner_id = ? ORDER BY at DESC, id DESC LIMIT ? OFFSET ?";

        private final JdbcTransactions db;

        Positionings(JdbcTransactions db) {
            this.db = db;
        }

        @Override
        public PositioningRecord append(NewPositioningRecord p) {
            return db.withConnection(c -> {
                try (PreparedStatement s = c.prepareStatement(INSERT)) {
                    s.setString(1, p.learnerId());
                    s.setString(2, p.competencyCode());
                    s.setString(3, p.levelCode().orElse(null));
                    s.setString(4, p.source());
                    s.setString(5, p.actorId());
                    s.setObject(6, Sql.timestamp(p.at()));
                    s.setBigDecimal(7, p.score().orElse(null));
                    s.setString(8, p.comment().orElse(null));
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return PositioningRecord.of(rs.getLong(1), p);
                    }
                }
            });
        }

        @Override
        public List<PositioningRecord> find(PositioningQuery query) {
            if (query.learnerIds().isEmpty()) {
                return List.of();
            }
            return db.withConnection(c -> {
                try (PreparedStatement s = c.prepareStatement(FIND)) {
                    s.setArray(1, Sql.texts(c, query.learnerIds()));
                    s.setObject(2, Sql.timestamp(query.from()));
                    s.setObject(3, Sql.timestamp(query.from()));
                    s.setObject(4, Sql.timestamp(query.to()));
                    s.setObject(5, Sql.timestamp(query.to()));
                    List<PositioningRecord> found = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            found.add(read(rs));
                        }
                    }
                    return found;
                }
            });
        }

        @Override
        public Page<PositioningRecord> history(String learnerId, PageRequest page) {
            return db.withConnection(c -> Sql.page(c, HISTORY,
                    "SELECT count(*) FROM lmskit_positioning WHERE learner_id = ?", s -> {
                        s.setString(1, learnerId);
                        return 2;
                    }, Positionings::read, page));
        }

        private static PositioningRecord read(ResultSet rs) throws SQLException {
            return new PositioningRecord(rs.getLong("id"), rs.getString("learner_id"), rs.getString("competency_code"),
                    Sql.optionalString(rs, "level_code"), rs.getString("source"), rs.getString("actor_id"),
                    Sql.instant(rs, "at"), Sql.optionalDecimal(rs, "score"), Sql.optionalString(rs, "comment"));
        }
    }

    static final class Reviews implements InterimReviewStore {
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

        Reviews(JdbcTransactions db) {
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
}
