package org.lmskit.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.StaleVersionException;
import org.lmskit.spi.certification.GradingTableRecord;
import org.lmskit.spi.certification.GradingTableStore;

final class JdbcGradingTableStore implements GradingTableStore {
    private static final String RECORD_TYPE = "grading-table";
    private static final String FIND = "SELECT path_id, gold, silver, bronze, version FROM lmskit_grading_table WHERE path_id = ?";
    private static final String INSERT = "INSERT INTO lmskit_grading_table (path_id, gold, silver, bronze, version) VALUES (?, ?, ?, ?, 1)";
    private static final String UPDATE = """
            UPDATE lmskit_grading_table SET gold = ?, silver = ?, bronze = ?, version = version + 1
            WHERE path_id = ? AND version = ?""";
    private static final String DELETE = "DELETE FROM lmskit_grading_table WHERE path_id = ? AND version = ?";
    private static final String LIST = """
            SELECT path_id, gold, silver, bronze, version, count(*) OVER () AS total
            FROM lmskit_grading_table ORDER BY path_id LIMIT ? OFFSET ?""";
    private static final String COUNT = "SELECT count(*) FROM lmskit_grading_table";

    private final JdbcTransactions db;

    JdbcGradingTableStore(JdbcTransactions db) {
        this.db = db;
    }

    @Override
    public Optional<GradingTableRecord> find(String pathId) {
        return db.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(FIND)) {
                statement.setString(1, pathId);
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public GradingTableRecord insert(GradingTableRecord table) {
        return db.insert(RECORD_TYPE, table.pathId(), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
                statement.setString(1, table.pathId());
                statement.setBigDecimal(2, table.gold());
                statement.setBigDecimal(3, table.silver());
                statement.setBigDecimal(4, table.bronze());
                statement.executeUpdate();
                return table.withVersion(1);
            }
        });
    }

    @Override
    public GradingTableRecord update(GradingTableRecord table) {
        return db.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(UPDATE)) {
                statement.setBigDecimal(1, table.gold());
                statement.setBigDecimal(2, table.silver());
                statement.setBigDecimal(3, table.bronze());
                statement.setString(4, table.pathId());
                statement.setLong(5, table.version());
                if (statement.executeUpdate() == 0) {
                    throw new StaleVersionException(RECORD_TYPE, table.pathId(), table.version());
                }
                return table.withVersion(table.version() + 1);
            }
        });
    }

    @Override
    public void delete(String pathId, long expectedVersion) {
        db.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(DELETE)) {
                statement.setString(1, pathId);
                statement.setLong(2, expectedVersion);
                if (statement.executeUpdate() == 0) {
                    throw new StaleVersionException(RECORD_TYPE, pathId, expectedVersion);
                }
                return null;
            }
        });
    }

    @Override
    public Page<GradingTableRecord> list(PageRequest page) {
        return db.withConnection(connection -> Sql.page(connection, LIST, COUNT, statement -> 1,
                JdbcGradingTableStore::read, page));
    }

    private static GradingTableRecord read(ResultSet rs) throws SQLException {
        return new GradingTableRecord(rs.getString("path_id"), rs.getBigDecimal("gold"), rs.getBigDecimal("silver"),
                rs.getBigDecimal("bronze"), rs.getLong("version"));
    }
}
