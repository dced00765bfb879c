package org.lmskit.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lmskit.spi.Page;
import org.lmskit.spi.SortDirection;
import org.lmskit.spi.recruitment.CandidateQuery;
import org.lmskit.spi.recruitment.CandidateRecord;
import org.lmskit.spi.recruitment.CandidateStore;
import org.lmskit.spi.recruitment.CardQuery;
import org.lmskit.spi.recruitment.CardSort;
import org.lmskit.spi.recruitment.FollowUpCardRecord;
import org.lmskit.spi.recruitment.FollowUpCardStore;
import org.lmskit.spi.recruitment.RecruitmentRecord;
import org.lmskit.spi.recruitment.SkillRecord;
import org.lmskit.spi.recruitment.TrainingInterestRecord;

/** The recruitment capability's stores on PostgreSQL; search criteria become one parameterised query. */
final class JdbcRecruitmentStores {
    private JdbcRecruitmentStores() {
    }

    static final class Candidates implements CandidateStore {
        private static final String TYPE = "candidate";
        private static final String COLUMNS = "c.candidate_id, c.civility, c.last_name, c.first_name, c.area, c.city,"
                + " c.current_jobs, c.classification, c.classified_at, c.study_level, c.experience, c.skill_themes,"
                + " c.skill_names, c.skill_masteries, c.training_codes, c.training_links, c.situation,"
                + " c.situation_changed_on, c.submitted_by, c.documents, c.version";
        private static final String SELECT = "SELECT " + COLUMNS + " FROM lmskit_candidate c";
        private static final String INSERT = """
                INSERT INTO lmskit_candidate (civility, last_name, first_name, last_name_key, first_name_key, area, city,
                    current_jobs, classification, classified_at, study_level, experience, skill_themes, skill_names,
                    skill_masteries, training_codes, training_links, situation, situation_changed_on, submitted_by,
                    documents, candidate_id, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""";
        private static final String UPDATE = """
                UPDATE lmskit_candidate SET civility = ?, last_name = ?, first_name = ?, last_name_key = ?,
                    first_name_key = ?, area = ?, city = ?, current_jobs = ?, classification = ?, classified_at = ?,
                    study_level = ?, experience = ?, skill_themes = ?, skill_names = ?, skill_masteries = ?,
                    training_codes = ?, training_links = ?, situation = ?, situation_changed_on = ?, submitted_by = ?,
                    documents = ?, version = version + 1
                WHERE candidate_id = ? AND version = ?""";

        private final JdbcTransactions db;

        Candidates(JdbcTransactions db) {
            this.db = db;
        }

        @Override
        public Optional<CandidateRecord> find(String candidateId) {
            return findAll(List.of(candidateId)).stream().findFirst();
        }

        @Override
        public List<CandidateRecord> findAll(Collection<String> candidateIds) {
            if (candidateIds.isEmpty()) {
                return List.of();
            }
            return db.withConnection(c -> {
                try (PreparedStatement s = c.prepareStatement(SELECT
                        + " WHERE c.candidate_id = ANY (?) ORDER BY c.candidate_id")) {
                    s.setArray(1, Sql.texts(c, candidateIds));
                    return all(s);
                }
            });
        }

        @Override
        public CandidateRecord insert(CandidateRecord candidate) {
            return db.insert(TYPE, candidate.candidateId(), c -> {
                try (PreparedStatement s = c.prepareStatement(INSERT)) {
                    bind(c, s, candidate);
                    s.executeUpdate();
                    return candidate.withVersion(1);
                }
            });
        }

        @Override
        public CandidateRecord update(CandidateRecord candidate) {
            return db.withConnection(c -> {
                try (PreparedStatement s = c.prepareStatement(UPDATE)) {
                    bind(c, s, candidate);
                    s.setLong(23, candidate.version());
                    Sql.requireOneRow(s.executeUpdate(), TYPE, candidate.candidateId(), candidate.version());
                    return candidate.withVersion(candidate.version() + 1);
                }
            });
        }

        @Override
        public Page<CandidateRecord> search(CandidateQuery q) {
            Where where = new Where()
                    .oneOf("c.area", q.areas())
                    .namePrefix("c", q.namePrefix())
                    .overlaps("c.current_jobs", q.currentJobs())
                    .oneOf("c.study_level", q.studyLevels())
                    .oneOf("c.experience", q.experiences())
                    .oneOf("c.classification", q.classifications())
                    .pairs("c.skill_themes", "c.skill_masteries", q.skillThemes(), q.masteries())
                    .pairs("c.training_codes", "c.training_links", q.trainings(), q.trainingLinks());
            q.classifiedFrom().ifPresent(from -> where.and("c.classified_at >= ?", from));
            q.classifiedBefore().ifPresent(before -> where.and("c.classified_at < ?", before));
            q.situationChangedFrom().ifPresent(from -> where.and("c.situation_changed_on >= ?", from));
            q.hideCardedBy().ifPresent(company -> where.and("NOT EXISTS (SELECT 1 FROM lmskit_follow_up_card f"
                    + " WHERE f.company_id = ? AND f.candidate_id = c.candidate_id)", company));
            String paged = "SELECT " + COLUMNS + ", count(*) OVER () AS total FROM lmskit_candidate c" + where.sql()
                    + " ORDER BY c.last_name, c.first_name, c.candidate_id LIMIT ? OFFSET ?";
            String count = "SELECT count(*) FROM lmskit_candidate c" + where.sql();
            return db.withConnection(c -> Sql.page(c, paged, count, where::bind, Candidates::read, q.page()));
        }

        private static void bind(Connection c, PreparedStatement s, CandidateRecord r) throws SQLException {
            s.setString(1, r.civility());
            s.setString(2, r.lastName());
            s.setString(3, r.firstName());
            s.setString(4, r.lastName().toLowerCase(Locale.ROOT));
            s.setString(5, r.firstName().toLowerCase(Locale.ROOT));
            s.setString(6, r.area());
            s.setString(7, r.city());
            s.setArray(8, Sql.texts(c, r.currentJobs()));
            s.setString(9, r.classification());
            s.setObject(10, Sql.timestamp(r.classifiedAt()));
            s.setString(11, r.studyLevel());
            s.setString(12, r.experience());
            s.setArray(13, Sql.texts(c, r.skills().stream().map(SkillRecord::theme).toList()));
            s.setArray(14, Sql.texts(c, r.skills().stream().map(SkillRecord::name).toList()));
            s.setArray(15, Sql.texts(c, r.skills().stream().map(SkillRecord::mastery).toList()));
            s.setArray(16, Sql.texts(c, r.trainings().stream().map(TrainingInterestRecord::training).toList()));
            s.setArray(17, Sql.texts(c, r.trainings().stream().map(TrainingInterestRecord::link).toList()));
            s.setString(18, r.situation());
            s.setObject(19, r.situationChangedOn());
            s.setString(20, r.submittedBy());
            s.setArray(21, Sql.texts(c, r.documents()));
            s.setString(22, r.candidateId());
        }

        private static List<CandidateRecord> all(PreparedStatement s) throws SQLException {
            List<CandidateRecord> found = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(read(rs));
                }
            }
            return found;
        }

        private static CandidateRecord read(ResultSet rs) throws SQLException {
            List<String> themes = Sql.texts(rs, "skill_themes");
            List<String> names = Sql.texts(rs, "skill_names");
            List<String> masteries = Sql.texts(rs, "skill_masteries");
            List<SkillRecord> skills = new ArrayList<>(themes.size());
            for (int i = 0; i < themes.size(); i++) {
                skills.add(new SkillRecord(themes.get(i), names.get(i), masteries.get(i)));
            }
            List<String> codes = Sql.texts(rs, "training_codes");
            List<String> links = Sql.texts(rs, "training_links");
            List<TrainingInterestRecord> trainings = new ArrayList<>(codes.size());
            for (int i = 0; i < codes.size(); i++) {
                trainings.add(new TrainingInterestRecord(codes.get(i), links.get(i)));
            }
            return new CandidateRecord(rs.getString("candidate_id"), rs.getString("civility"), rs.getString("last_name"),
                    rs.getString("first_name"), rs.getString("area"), rs.getString("city"),
                    Sql.texts(rs, "current_jobs"), rs.getString("classification"), Sql.instant(rs, "classified_at"),
                    rs.getString("study_level"), rs.getString("experience"), skills, trainings,
                    rs.getString("situation"), rs.getObject("situation_changed_on", LocalDate.class),
                    rs.getString("submitted_by"), Sql.texts(rs, "documents"), rs.getLong("version"));
        }
    }

    static final class Cards implements FollowUpCardStore {
        private static final String TYPE = "follow-up-card";
        private static final String COLUMNS = "f.card_id, f.company_id, f.candidate_id, f.title, f.created_by, f.result,"
                + " f.status, f.actions, f.non_response, f.comment, f.rejection_causes, f.recruited_on, f.contract_type,"
                + " f.contract_end, f.recruitment_state, f.created_at, f.updated_at, f.updated_by, f.due_at, f.version";
        private static final String SELECT = "SELECT " + COLUMNS + " FROM lmskit_follow_up_card f";
        private static final String INSERT = """
                INSERT INTO lmskit_follow_up_card (title, result, status, actions, non_response, comment,
                    rejection_causes, recruited_on, contract_type, contract_end, recruitment_state, updated_at,
                    updated_by, due_at, company_id, candidate_id, created_by, created_at, card_id, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""";
        // company, candidate, creator and creation are fixed at insert: the guard keeps them so
        private static final String UPDATE = """
                UPDATE lmskit_follow_up_card SET title = ?, result = ?, status = ?, actions = ?, non_response = ?,
                    comment = ?, rejection_causes = ?, recruited_on = ?, contract_type = ?, contract_end = ?,
                    recruitment_state = ?, updated_at = ?, updated_by = ?, due_at = ?, version = version + 1
                WHERE company_id = ? AND candidate_id = ? AND created_by = ? AND created_at = ? AND card_id = ?
                    AND version = ?""";
        // min() walks the (company, creator, due) index from its low end, whatever plan a prepared statement settles on
        private static final String OVERDUE = "SELECT coalesce((SELECT min(due_at) FROM lmskit_follow_up_card"
                + " WHERE company_id = ? AND created_by = ?) < ?, false)";

        private final JdbcTransactions db;

        Cards(JdbcTransactions db) {
            this.db = db;
        }

        @Override
        public Optional<FollowUpCardRecord> find(String cardId) {
            return one(SELECT + " WHERE f.card_id = ?", cardId);
        }

        @Override
        public Optional<FollowUpCardRecord> findByCandidate(String companyId, String candidateId) {
            return one(SELECT + " WHERE f.company_id = ? AND f.candidate_id = ?", companyId, candidateId);
        }

        private Optional<FollowUpCardRecord> one(String sql, String... keys) {
            return db.withConnection(c -> Sql.one(c, sql, Cards::read, keys));
        }

        @Override
        public FollowUpCardRecord insert(FollowUpCardRecord card) {
            return db.insert(TYPE, card.cardId() + " (" + card.companyId() + "/" + card.candidateId() + ")", c -> {
                try (PreparedStatement s = c.prepareStatement(INSERT)) {
                    bind(c, s, card);
                    s.executeUpdate();
                    return card.withVersion(1);
                }
            });
        }

        @Override
        public FollowUpCardRecord update(FollowUpCardRecord card) {
            return db.withConnection(c -> {
                try (PreparedStatement s = c.prepareStatement(UPDATE)) {
                    bind(c, s, card);
                    s.setLong(20, card.version());
                    Sql.requireOneRow(s.executeUpdate(), TYPE, card.cardId(), card.version());
                    return card.withVersion(card.version() + 1);
                }
            });
        }

        @Override
        public boolean hasOverdue(String companyId, String createdBy, Instant now) {
            return db.withConnection(c -> {
                try (PreparedStatement s = c.prepareStatement(OVERDUE)) {
                    s.setString(1, companyId);
                    s.setString(2, createdBy);
                    s.setObject(3, Sql.timestamp(now));
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return rs.getBoolean(1);
                    }
                }
            });
        }

        @Override
        public Page<FollowUpCardRecord> search(CardQuery q) {
            Where where = new Where().and("f.company_id = ?", q.companyId())
                    .oneOf("f.created_by", q.createdBy())
                    .oneOf("f.status", q.statuses())
                    .oneOf("f.result", q.results())
                    .overlaps("f.actions", q.actions())
                    .oneOf("c.area", q.areas())
                    .namePrefix("c", q.namePrefix())
                    .overlaps("c.current_jobs", q.currentJobs())
                    .oneOf("c.classification", q.classifications())
                    .pairs("c.skill_themes", "c.skill_masteries", q.skillThemes(), q.masteries());
            q.nonResponse().ifPresent(flag -> where.and("f.non_response = ?", flag));
            q.createdFrom().ifPresent(from -> where.and("f.created_at >= ?", from));
            q.dueBefore().ifPresent(before -> where.and("f.due_at < ?", before));
            String from = " FROM lmskit_follow_up_card f LEFT JOIN lmskit_candidate c ON c.candidate_id = f.candidate_id";
            String direction = q.direction() == SortDirection.ASCENDING ? " ASC" : " DESC";
            String order = q.sort() == CardSort.CREATED
                    ? " ORDER BY f.created_at" + direction + ", f.card_id" + direction
                    : " ORDER BY f.due_at" + direction + " NULLS LAST, f.card_id" + direction;
            String paged = "SELECT " + COLUMNS + ", count(*) OVER () AS total" + from + where.sql() + order
                    + " LIMIT ? OFFSET ?";
            String count = "SELECT count(*)" + from + where.sql();
            return db.withConnection(c -> Sql.page(c, paged, count, where::bind, Cards::read, q.page()));
        }

        private static void bind(Connection c, PreparedStatement s, FollowUpCardRecord r) throws SQLException {
            s.setString(1, r.title());
            s.setString(2, r.result());
            s.setString(3, r.status());
            s.setArray(4, Sql.texts(c, r.actions()));
            s.setBoolean(5, r.nonResponse());
            s.setString(6, r.comment().orElse(null));
            s.setArray(7, Sql.texts(c, r.rejectionCauses()));
            s.setObject(8, r.recruitment().map(RecruitmentRecord::recruitedOn).orElse(null));
            s.setString(9, r.recruitment().map(RecruitmentRecord::contractType).orElse(null));
            s.setObject(10, r.recruitment().flatMap(RecruitmentRecord::contractEnd).orElse(null));
            s.setString(11, r.recruitment().map(RecruitmentRecord::state).orElse(null));
            s.setObject(12, Sql.timestamp(r.updatedAt()));
            s.setString(13, r.updatedBy());
            s.setObject(14, Sql.timestamp(r.dueAt()));
            s.setString(15, r.companyId());
            s.setString(16, r.candidateId());
            s.setString(17, r.createdBy());
            s.setObject(18, Sql.timestamp(r.createdAt()));
            s.setString(19, r.cardId());
        }

        private static FollowUpCardRecord read(ResultSet rs) throws SQLException {
            LocalDate recruitedOn = rs.getObject("recruited_on", LocalDate.class);
            Optional<RecruitmentRecord> recruitment = recruitedOn == null ? Optional.empty()
                    : Optional.of(new RecruitmentRecord(recruitedOn, rs.getString("contract_type"),
                    Optional.ofNullable(rs.getObject("contract_end", LocalDate.class)),
                    rs.getString("recruitment_state")));
            return new FollowUpCardRecord(rs.getString("card_id"), rs.getString("company_id"),
                    rs.getString("candidate_id"), rs.getString("title"), rs.getString("created_by"),
                    rs.getString("result"), rs.getString("status"), Sql.texts(rs, "actions"),
                    rs.getBoolean("non_response"), Sql.optionalString(rs, "comment"),
                    Sql.texts(rs, "rejection_causes"), recruitment, Sql.instant(rs, "created_at"),
                    Sql.instant(rs, "updated_at"), rs.getString("updated_by"), Sql.optionalInstant(rs, "due_at"),
                    rs.getLong("version"));
        }
    }
}
