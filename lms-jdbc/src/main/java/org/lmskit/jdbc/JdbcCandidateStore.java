package org.lmskit.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.lmskit.spi.Page;
import org.lmskit.spi.recruitment.CandidateQuery;
import org.lmskit.spi.recruitment.CandidateRecord;
import org.lmskit.spi.recruitment.CandidateStore;
import org.lmskit.spi.recruitment.NameKey;
import org.lmskit.spi.recruitment.SkillRecord;
import org.lmskit.spi.recruitment.TrainingInterestRecord;

final class JdbcCandidateStore implements CandidateStore {
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
                documents, name_grams, candidate_id, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""";
    private static final String UPDATE = """
            UPDATE lmskit_candidate SET civility = ?, last_name = ?, first_name = ?, last_name_key = ?,
                first_name_key = ?, area = ?, city = ?, current_jobs = ?, classification = ?, classified_at = ?,
                study_level = ?, experience = ?, skill_themes = ?, skill_names = ?, skill_masteries = ?,
                training_codes = ?, training_links = ?, situation = ?, situation_changed_on = ?, submitted_by = ?,
                documents = ?, name_grams = ?, version = version + 1
            WHERE candidate_id = ? AND version = ?""";

    private final JdbcTransactions db;

    JdbcCandidateStore(JdbcTransactions db) {
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
        return Sql.insert(db, TYPE, candidate.candidateId(), INSERT, JdbcCandidateStore::bind, candidate,
                candidate.withVersion(1));
    }

    @Override
    public CandidateRecord update(CandidateRecord candidate) {
        return Sql.update(db, TYPE, candidate.candidateId(), candidate.version(), UPDATE, JdbcCandidateStore::bind,
                candidate, candidate.withVersion(candidate.version() + 1));
    }

    @Override
    public Page<CandidateRecord> search(CandidateQuery q) {
        Where where = new Where()
                .oneOf("c.area", q.areas())
                .nameContains("c", q.nameContains())
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
        String count = "SELECT count(*) FROM lmskit_candidate c" + where.sql();
        if (q.nameContains().isPresent()) {
            // a name fragment is often common (seed 004's "co"): the page walks the name index and stops at its
            // last row, and the count reads the name indexes only; gathering every match first cost 30 ms at
            // 100,000 candidates
            String paged = SELECT + where.sql() + " ORDER BY c.last_name, c.first_name, c.candidate_id"
                    + " LIMIT ? OFFSET ?";
            return db.withConnection(c -> Sql.pageThenCount(c, paged, count, where::bind, JdbcCandidateStore::read,
                    q.page()));
        }
        // other criteria: the matches are gathered narrow (id and names) once, counted, and only the page's rows
        // are read whole; a window count over whole rows sorted every match, and a separate count scanned twice
        String paged = "WITH matched AS (SELECT c.candidate_id, c.last_name, c.first_name FROM lmskit_candidate c"
                + where.sql() + ")"
                + " SELECT " + COLUMNS + ", t.total FROM (SELECT candidate_id, last_name, first_name FROM matched"
                + " ORDER BY last_name, first_name, candidate_id LIMIT ? OFFSET ?) p"
                + " JOIN lmskit_candidate c ON c.candidate_id = p.candidate_id"
                + " CROSS JOIN (SELECT count(*) AS total FROM matched) t"
                + " ORDER BY c.last_name, c.first_name, c.candidate_id";
        return db.withConnection(c -> Sql.page(c, paged, count, where::bind, JdbcCandidateStore::read, q.page()));
    }

    /** Binds every column but the version; returns the version parameter's index. */
    private static int bind(Connection c, PreparedStatement s, CandidateRecord r) throws SQLException {
        s.setString(1, r.civility());
        s.setString(2, r.lastName());
        s.setString(3, r.firstName());
        s.setString(4, NameKey.of(r.lastName()));
        s.setString(5, NameKey.of(r.firstName()));
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
        s.setArray(22, Sql.texts(c, NameGrams.of(r.lastName(), r.firstName())));
        s.setString(23, r.candidateId());
        return 24;
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
