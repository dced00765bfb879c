package org.lmskit.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.lmskit.spi.competency.CompetencyCatalogStore;
import org.lmskit.spi.competency.CompetencyRecord;
import org.lmskit.spi.competency.JobRecord;
import org.lmskit.spi.competency.ProfileRecord;
import org.lmskit.spi.competency.RequirementRecord;
import org.lmskit.spi.competency.ScaleLevelRecord;
import org.lmskit.spi.competency.ScaleRecord;
import org.lmskit.spi.competency.ThresholdRecord;

/** Scales, competencies, profiles and jobs: four tables, one port; each read by key or by a set of keys in one query. */
final class JdbcCompetencyCatalogStore implements CompetencyCatalogStore {
    private static final String SCALES = """
            SELECT scale_id, name, level_codes, level_labels, level_descriptions, not_applicable, version
            FROM lmskit_scale WHERE scale_id = ANY (?) ORDER BY scale_id""";
    private static final String INSERT_SCALE = """
            INSERT INTO lmskit_scale (name, level_codes, level_labels, level_descriptions, not_applicable, scale_id, version)
            VALUES (?, ?, ?, ?, ?, ?, 1)""";
    private static final String UPDATE_SCALE = """
            UPDATE lmskit_scale SET name = ?, level_codes = ?, level_labels = ?, level_descriptions = ?,
                not_applicable = ?, version = version + 1
            WHERE scale_id = ? AND version = ?""";
    private static final String COMPETENCIES = """
            SELECT code, title, description, scale_id, threshold_scores, threshold_levels, version
            FROM lmskit_competency WHERE code = ANY (?) ORDER BY code""";
    private static final String INSERT_COMPETENCY = """
            INSERT INTO lmskit_competency (title, description, scale_id, threshold_scores, threshold_levels, code, version)
            VALUES (?, ?, ?, ?, ?, ?, 1)""";
    private static final String UPDATE_COMPETENCY = """
            UPDATE lmskit_competency SET title = ?, description = ?, scale_id = ?, threshold_scores = ?,
                threshold_levels = ?, version = version + 1
            WHERE code = ? AND version = ?""";
    private static final String PROFILES = """
            SELECT profile_id, name, competency_codes, version FROM lmskit_profile
            WHERE profile_id = ANY (?) ORDER BY profile_id""";
    private static final String INSERT_PROFILE = """
            INSERT INTO lmskit_profile (name, competency_codes, profile_id, version) VALUES (?, ?, ?, 1)""";
    private static final String UPDATE_PROFILE = """
            UPDATE lmskit_profile SET name = ?, competency_codes = ?, version = version + 1
            WHERE profile_id = ? AND version = ?""";
    private static final String JOBS = """
            SELECT job_id, title, profile_ids, requirement_codes, requirement_levels, version FROM lmskit_job
            WHERE job_id = ANY (?) ORDER BY job_id""";
    private static final String INSERT_JOB = """
            INSERT INTO lmskit_job (title, profile_ids, requirement_codes, requirement_levels, job_id, version)
            VALUES (?, ?, ?, ?, ?, 1)""";
    private static final String UPDATE_JOB = """
            UPDATE lmskit_job SET title = ?, profile_ids = ?, requirement_codes = ?, requirement_levels = ?,
                version = version + 1
            WHERE job_id = ? AND version = ?""";

    private final JdbcTransactions db;

    JdbcCompetencyCatalogStore(JdbcTransactions db) {
        this.db = db;
    }

    private interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private interface Binder<T> {
        void bind(Connection c, PreparedStatement s, T record) throws SQLException;
    }

    private <T> List<T> byKeys(String sql, Collection<String> keys, Reader<T> reader) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setArray(1, Sql.texts(c, keys.stream().distinct().toList()));
                List<T> found = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.add(reader.read(rs));
                    }
                }
                return found;
            }
        });
    }

    private <T> T insert(String type, String key, String sql, T record, Binder<T> binder, T stored) {
        return Sql.insert(db, type, key, sql, (c, s, r) -> {
            binder.bind(c, s, r);
            return 0;
        }, record, stored);
    }

    private <T> T update(String type, String key, String sql, int versionIndex, long version, T record,
                         Binder<T> binder, T stored) {
        return Sql.update(db, type, key, version, sql, (c, s, r) -> {
            binder.bind(c, s, r);
            return versionIndex;
        }, record, stored);
    }

    @Override
    public Optional<ScaleRecord> findScale(String scaleId) {
        return findScales(List.of(scaleId)).stream().findFirst();
    }

    @Override
    public List<ScaleRecord> findScales(Collection<String> scaleIds) {
        return byKeys(SCALES, scaleIds, rs -> {
            List<String> codes = Sql.texts(rs, "level_codes");
            List<String> labels = Sql.texts(rs, "level_labels");
            List<String> descriptions = Sql.texts(rs, "level_descriptions");
            List<ScaleLevelRecord> levels = new ArrayList<>();
            for (int i = 0; i < codes.size(); i++) {
                levels.add(new ScaleLevelRecord(codes.get(i), labels.get(i), descriptions.get(i)));
            }
            return new ScaleRecord(rs.getString("scale_id"), rs.getString("name"), levels,
                    rs.getBoolean("not_applicable"), rs.getLong("version"));
        });
    }

    private static void bindScale(Connection c, PreparedStatement s, ScaleRecord r) throws SQLException {
        s.setString(1, r.name());
        s.setArray(2, Sql.texts(c, r.levels().stream().map(ScaleLevelRecord::code).toList()));
        s.setArray(3, Sql.texts(c, r.levels().stream().map(ScaleLevelRecord::label).toList()));
        s.setArray(4, Sql.texts(c, r.levels().stream().map(ScaleLevelRecord::description).toList()));
        s.setBoolean(5, r.notApplicableAllowed());
        s.setString(6, r.scaleId());
    }

    @Override
    public ScaleRecord insertScale(ScaleRecord scale) {
        return insert("scale", scale.scaleId(), INSERT_SCALE, scale, JdbcCompetencyCatalogStore::bindScale,
                scale.withVersion(1));
    }

    @Override
    public ScaleRecord updateScale(ScaleRecord scale) {
        return update("scale", scale.scaleId(), UPDATE_SCALE, 7, scale.version(), scale,
                JdbcCompetencyCatalogStore::bindScale, scale.withVersion(scale.version() + 1));
    }

    @Override
    public Optional<CompetencyRecord> findCompetency(String code) {
        return findCompetencies(List.of(code)).stream().findFirst();
    }

    @Override
    public List<CompetencyRecord> findCompetencies(Collection<String> codes) {
        return byKeys(COMPETENCIES, codes, rs -> {
            List<BigDecimal> scores = Sql.decimals(rs, "threshold_scores");
            List<String> levels = Sql.texts(rs, "threshold_levels");
            List<ThresholdRecord> thresholds = new ArrayList<>();
            for (int i = 0; i < scores.size(); i++) {
                thresholds.add(new ThresholdRecord(scores.get(i), levels.get(i)));
            }
            return new CompetencyRecord(rs.getString("code"), rs.getString("title"), rs.getString("description"),
                    rs.getString("scale_id"), thresholds, rs.getLong("version"));
        });
    }

    private static void bindCompetency(Connection c, PreparedStatement s, CompetencyRecord r) throws SQLException {
        s.setString(1, r.title());
        s.setString(2, r.description());
        s.setString(3, r.scaleId());
        s.setArray(4, Sql.decimals(c, r.thresholds().stream().map(ThresholdRecord::minScore).toList()));
        s.setArray(5, Sql.texts(c, r.thresholds().stream().map(ThresholdRecord::levelCode).toList()));
        s.setString(6, r.code());
    }

    @Override
    public CompetencyRecord insertCompetency(CompetencyRecord competency) {
        return insert("competency", competency.code(), INSERT_COMPETENCY, competency,
                JdbcCompetencyCatalogStore::bindCompetency, competency.withVersion(1));
    }

    @Override
    public CompetencyRecord updateCompetency(CompetencyRecord competency) {
        return update("competency", competency.code(), UPDATE_COMPETENCY, 7, competency.version(), competency,
                JdbcCompetencyCatalogStore::bindCompetency, competency.withVersion(competency.version() + 1));
    }

    @Override
    public List<ProfileRecord> findProfiles(Collection<String> profileIds) {
        return byKeys(PROFILES, profileIds, rs -> new ProfileRecord(rs.getString("profile_id"), rs.getString("name"),
                Sql.texts(rs, "competency_codes"), rs.getLong("version")));
    }

    private static void bindProfile(Connection c, PreparedStatement s, ProfileRecord r) throws SQLException {
        s.setString(1, r.name());
        s.setArray(2, Sql.texts(c, r.competencyCodes()));
        s.setString(3, r.profileId());
    }

    @Override
    public ProfileRecord insertProfile(ProfileRecord profile) {
        return insert("profile", profile.profileId(), INSERT_PROFILE, profile, JdbcCompetencyCatalogStore::bindProfile,
                profile.withVersion(1));
    }

    @Override
    public ProfileRecord updateProfile(ProfileRecord profile) {
        return update("profile", profile.profileId(), UPDATE_PROFILE, 4, profile.version(), profile,
                JdbcCompetencyCatalogStore::bindProfile, profile.withVersion(profile.version() + 1));
    }

    @Override
    public Optional<JobRecord> findJob(String jobId) {
        return findJobs(List.of(jobId)).stream().findFirst();
    }

    @Override
    public List<JobRecord> findJobs(Collection<String> jobIds) {
        return byKeys(JOBS, jobIds, rs -> {
            List<String> codes = Sql.texts(rs, "requirement_codes");
            List<String> levels = Sql.texts(rs, "requirement_levels");
            List<RequirementRecord> requirements = new ArrayList<>();
            for (int i = 0; i < codes.size(); i++) {
                requirements.add(new RequirementRecord(codes.get(i), Optional.ofNullable(levels.get(i))));
            }
            return new JobRecord(rs.getString("job_id"), rs.getString("title"), Sql.texts(rs, "profile_ids"),
                    requirements, rs.getLong("version"));
        });
    }

    private static void bindJob(Connection c, PreparedStatement s, JobRecord r) throws SQLException {
        s.setString(1, r.title());
        s.setArray(2, Sql.texts(c, r.profileIds()));
        s.setArray(3, Sql.texts(c, r.requirements().stream().map(RequirementRecord::competencyCode).toList()));
        s.setArray(4, c.createArrayOf("text",
                r.requirements().stream().map(q -> q.levelCode().orElse(null)).toArray()));
        s.setString(5, r.jobId());
    }

    @Override
    public JobRecord insertJob(JobRecord job) {
        return insert("job", job.jobId(), INSERT_JOB, job, JdbcCompetencyCatalogStore::bindJob, job.withVersion(1));
    }

    @Override
    public JobRecord updateJob(JobRecord job) {
        return update("job", job.jobId(), UPDATE_JOB, 6, job.version(), job, JdbcCompetencyCatalogStore::bindJob,
                job.withVersion(job.version() + 1));
    }
}
