package org.lmskit.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import org.lmskit.spi.StaleVersionException;
import org.lmskit.spi.jobs.JobRun;
import org.lmskit.spi.jobs.JobRunStore;

/** Claims are an insert that does nothing on conflict: the primary key decides, across every node. */
final class JdbcJobRunStore implements JobRunStore {
    private static final String CLAIM = """
            INSERT INTO lmskit_job_run (job_name, run_key, owner, claimed_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (job_name, run_key) DO NOTHING""";
    private static final String COMPLETE = """
            UPDATE lmskit_job_run SET completed_at = ?, outcome = ?
            WHERE job_name = ? AND run_key = ? AND owner = ? AND completed_at IS NULL""";
    private static final String FIND = """
            SELECT job_name, run_key, owner, claimed_at, completed_at, outcome
            FROM lmskit_job_run WHERE job_name = ? AND run_key = ?""";

    private final JdbcTransactions db;

    JdbcJobRunStore(JdbcTransactions db) {
        this.db = db;
    }

    @Override
    public boolean tryClaim(String jobName, String runKey, String owner, Instant claimedAt) {
        return db.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(CLAIM)) {
                statement.setString(1, jobName);
                statement.setString(2, runKey);
                statement.setString(3, owner);
                statement.setObject(4, Sql.timestamp(claimedAt));
                return statement.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void complete(String jobName, String runKey, String owner, Instant completedAt, String outcome) {
        db.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(COMPLETE)) {
                statement.setObject(1, Sql.timestamp(completedAt));
                statement.setString(2, outcome);
                statement.setString(3, jobName);
                statement.setString(4, runKey);
                statement.setString(5, owner);
                if (statement.executeUpdate() == 0) {
                    throw new StaleVersionException("job-run", jobName + "/" + runKey, 0);
                }
                return null;
            }
        });
    }

    @Override
    public Optional<JobRun> find(String jobName, String runKey) {
        return db.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(FIND)) {
                statement.setString(1, jobName);
                statement.setString(2, runKey);
                try (ResultSet rs = statement.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new JobRun(rs.getString("job_name"), rs.getString("run_key"),
                            rs.getString("owner"), Sql.instant(rs, "claimed_at"),
                            Optional.ofNullable(Sql.instant(rs, "completed_at")),
                            Optional.ofNullable(rs.getString("outcome"))));
                }
            }
        });
    }
}
