package org.lmskit.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lmskit.spi.competency.JobAssignmentRecord;
import org.lmskit.spi.competency.JobAssignmentStore;

final class JdbcJobAssignmentStore implements JobAssignmentStore {
    private static final String SELECT = "SELECT learner_id, job_id, assigned_at, version FROM lmskit_job_assignment";
    private final JdbcTransactions db;

    JdbcJobAssignmentStore(JdbcTransactions db) {
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
                Map<String, JobAssignmentRecord> found = new HashMap<>(learnerIds.size() * 4 / 3 + 1);
                // by position, each value read once: a team view reads ten thousand of these
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String learner = rs.getString(1);
                        found.put(learner, new JobAssignmentRecord(learner, rs.getString(2),
                                rs.getObject(3, java.time.OffsetDateTime.class).toInstant(), rs.getLong(4)));
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
