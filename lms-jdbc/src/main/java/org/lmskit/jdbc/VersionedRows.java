package org.lmskit.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and writes one kind of versioned row keyed by text columns. */
abstract class VersionedRows<R> {
    final JdbcTransactions db;
    final String type;

    VersionedRows(JdbcTransactions db, String type) {
        this.db = db;
        this.type = type;
    }

    abstract R read(ResultSet rs) throws SQLException;

    Optional<R> one(String sql, String... keys) {
        return db.withConnection(c -> Sql.one(c, sql, this::read, keys));
    }

    List<R> all(PreparedStatement s) throws SQLException {
        List<R> found = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                found.add(read(rs));
            }
        }
        return found;
    }
}
