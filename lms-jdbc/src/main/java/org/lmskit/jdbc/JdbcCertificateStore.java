package org.lmskit.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.lmskit.spi.certification.CertificateRecord;
import org.lmskit.spi.certification.CertificateStore;

final class JdbcCertificateStore implements CertificateStore {
    private static final String TYPE = "certificate";
    private static final String COLUMNS = """
            certificate_id, learner_id, path_id, level, grade, issued_at, regenerated_at, revoked_at, version""";
    private static final String FIND = "SELECT " + COLUMNS + " FROM lmskit_certificate WHERE certificate_id = ?";
    private static final String BY_LEARNER = "SELECT " + COLUMNS
            + " FROM lmskit_certificate WHERE learner_id = ? AND path_id = ?";
    private static final String INSERT = """
            INSERT INTO lmskit_certificate (learner_id, path_id, level, grade, issued_at, regenerated_at, revoked_at,
                certificate_id, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)""";
    private static final String UPDATE = """
            UPDATE lmskit_certificate SET learner_id = ?, path_id = ?, level = ?, grade = ?, issued_at = ?,
                regenerated_at = ?, revoked_at = ?, version = version + 1
            WHERE certificate_id = ? AND version = ?""";

    private final JdbcTransactions db;

    JdbcCertificateStore(JdbcTransactions db) {
        this.db = db;
    }

    @Override
    public Optional<CertificateRecord> find(String certificateId) {
        return db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(FIND)) {
                s.setString(1, certificateId);
                return readOne(s);
            }
        });
    }

    @Override
    public Optional<CertificateRecord> findByLearnerAndPath(String learnerId, String pathId) {
        return db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(BY_LEARNER)) {
                s.setString(1, learnerId);
                s.setString(2, pathId);
                return readOne(s);
            }
        });
    }

    @Override
    public CertificateRecord insert(CertificateRecord certificate) {
        return db.insert(TYPE, certificate.certificateId(), c -> {
            try (PreparedStatement s = c.prepareStatement(INSERT)) {
                bind(s, certificate);
                s.executeUpdate();
                return certificate.withVersion(1);
            }
        });
    }

    @Override
    public CertificateRecord update(CertificateRecord certificate) {
        return db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(UPDATE)) {
                bind(s, certificate);
                s.setLong(9, certificate.version());
                Sql.requireOneRow(s.executeUpdate(), TYPE, certificate.certificateId(), certificate.version());
                return certificate.withVersion(certificate.version() + 1);
            }
        });
    }

    private static void bind(PreparedStatement s, CertificateRecord c) throws SQLException {
        s.setString(1, c.learnerId());
        s.setString(2, c.pathId());
        s.setString(3, c.level());
        s.setBigDecimal(4, c.grade());
        s.setObject(5, Sql.timestamp(c.issuedAt()));
        s.setObject(6, Sql.timestamp(c.regeneratedAt()));
        s.setObject(7, Sql.timestamp(c.revokedAt()));
        s.setString(8, c.certificateId());
    }

    private static Optional<CertificateRecord> readOne(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new CertificateRecord(rs.getString("certificate_id"), rs.getString("learner_id"),
                    rs.getString("path_id"), rs.getString("level"), rs.getBigDecimal("grade"),
                    Sql.instant(rs, "issued_at"), Sql.optionalInstant(rs, "regenerated_at"),
                    Sql.optionalInstant(rs, "revoked_at"), rs.getLong("version")));
        }
    }
}
