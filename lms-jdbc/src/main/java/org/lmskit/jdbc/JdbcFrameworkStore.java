package org.lmskit.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lmskit.spi.DuplicateKeyException;
import org.lmskit.spi.competency.FrameworkNodeRecord;
import org.lmskit.spi.competency.FrameworkRecord;
import org.lmskit.spi.competency.FrameworkStore;

/**
 * A framework row and its node rows. A write is one transaction: the framework row, then (on update) the old nodes
 * deleted, then the nodes in one batch; a read is one query.
 */
final class JdbcFrameworkStore implements FrameworkStore {
    private static final String RECORD_TYPE = "framework";
    private static final String NODE = "framework-node";
    private static final String FIND = """
            SELECT f.framework_id, f.title, f.creator, f.description, f.changed_at, f.version,
                   n.identifier, n.kind, n.key, n.parents, n.criterion
            FROM lmskit_framework f LEFT JOIN lmskit_framework_node n ON n.framework_id = f.framework_id
            WHERE f.framework_id = ? ORDER BY n.position""";
    private static final String INSERT = """
            INSERT INTO lmskit_framework (title, creator, description, changed_at, framework_id, version)
            VALUES (?, ?, ?, ?, ?, 1)""";
    private static final String UPDATE = """
            UPDATE lmskit_framework SET title = ?, creator = ?, description = ?, changed_at = ?, version = version + 1
            WHERE framework_id = ? AND version = ?""";
    private static final String DELETE_NODES = "DELETE FROM lmskit_framework_node WHERE framework_id = ?";
    private static final String INSERT_NODES = """
            INSERT INTO lmskit_framework_node (framework_id, position, identifier, kind, key, parents, criterion)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";
    private static final String HOLDERS = """
            SELECT key, framework_id FROM lmskit_framework_node WHERE kind = ? AND key = ANY (?)""";

    private final JdbcTransactions db;

    JdbcFrameworkStore(JdbcTransactions db) {
        this.db = db;
    }

    @Override
    public Optional<FrameworkRecord> find(String frameworkId) {
        return db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(FIND)) {
                s.setString(1, frameworkId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    List<FrameworkNodeRecord> nodes = new ArrayList<>();
                    FrameworkRecord framework = new FrameworkRecord(rs.getString("framework_id"), rs.getString("title"),
                            rs.getString("creator"), rs.getString("description"), Sql.instant(rs, "changed_at"), nodes,
                            rs.getLong("version"));
                    do {
                        if (rs.getString("identifier") != null) {
                            nodes.add(new FrameworkNodeRecord(rs.getString("identifier"), rs.getString("kind"),
                                    rs.getString("key"), Sql.texts(rs, "parents"), Sql.optionalString(rs, "criterion")));
                        }
                    } while (rs.next());
                    return Optional.of(new FrameworkRecord(framework.frameworkId(), framework.title(),
                            framework.creator(), framework.description(), framework.changedAt(), nodes,
                            framework.version()));
                }
            }
        });
    }

    @Override
    public FrameworkRecord insert(FrameworkRecord framework) {
        return db.inTransaction(() -> db.insert(RECORD_TYPE, framework.frameworkId(), c -> {
            try (PreparedStatement s = c.prepareStatement(INSERT)) {
                bind(s, framework);
                s.executeUpdate();
            }
            insertNodes(c, framework);
            return framework.withVersion(1);
        }));
    }

    @Override
    public FrameworkRecord update(FrameworkRecord framework) {
        return db.inTransaction(() -> db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(UPDATE)) {
                s.setLong(bind(s, framework), framework.version());
                Sql.requireOneRow(s.executeUpdate(), RECORD_TYPE, framework.frameworkId(), framework.version());
            }
            try (PreparedStatement s = c.prepareStatement(DELETE_NODES)) {
                s.setString(1, framework.frameworkId());
                s.executeUpdate();
            }
            try {
                insertNodes(c, framework);
            } catch (SQLException e) {
                if (JdbcTransactions.isUniqueViolation(e)) {
                    throw new DuplicateKeyException(NODE, framework.frameworkId());
                }
                throw e;
            }
            return framework.withVersion(framework.version() + 1);
        }));
    }

    @Override
    public Map<String, String> holders(String kind, Collection<String> keys) {
        return db.withConnection(c -> {
            Map<String, String> found = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement(HOLDERS)) {
                s.setString(1, kind);
                s.setArray(2, Sql.texts(c, keys));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString("key"), rs.getString("framework_id"));
                    }
                }
            }
            return found;
        });
    }

    private static int bind(PreparedStatement s, FrameworkRecord f) throws SQLException {
        s.setString(1, f.title());
        s.setString(2, f.creator());
        s.setString(3, f.description());
        s.setObject(4, Sql.timestamp(f.changedAt()));
        s.setString(5, f.frameworkId());
        return 6;
    }

    /** The nodes as one JDBC batch: one round trip whatever their number, each row's parents an exact array. */
    private static void insertNodes(Connection c, FrameworkRecord f) throws SQLException {
        if (f.nodes().isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(INSERT_NODES)) {
            int position = 0;
            for (FrameworkNodeRecord node : f.nodes()) {
                s.setString(1, f.frameworkId());
                s.setInt(2, ++position);
                s.setString(3, node.identifier());
                s.setString(4, node.kind());
                s.setString(5, node.key());
                s.setArray(6, Sql.texts(c, node.parents()));
                s.setString(7, node.criterion().orElse(null));
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
